<?xml version="1.0" encoding="UTF-8"?>
<!-- Included by layout.xsl: the data of the page shown — its downloads (CSV, XML, JSON),
     its JSON in the API and its Atom feed, for exactly the filters the page shows. One list
     (od-links) gives both the <link rel="alternate"> of the head (opendata-head.xsl) and the
     visible block at the end of each public page (data-links), so the two cannot disagree.
     Downloads and the API are the same in both languages; feeds and pages are under $base. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="mb exsl">

  <!-- <l kind="csv|xml|json|api|feed" href="…" title="…"/> for each link of the page;
       what="records" marks a record page's links to its own projects' downloads. -->
  <xsl:template name="od-links">
    <xsl:variable name="p" select="/page/@path"/>
    <xsl:variable name="q" select="mb:query-suffix(/page/@query)"/>
    <!-- the record of /zones/<slug>[/changes] and /projects/<id>[/changes] -->
    <xsl:variable name="rest" select="concat(substring-after($p, '/zones/'), substring-after($p, '/projects/'), '/')"/>
    <xsl:variable name="rec" select="substring-before($rest, '/')"/>
    <xsl:choose>
      <xsl:when test="$p = '/projects'">
        <xsl:variable name="fq" select="/page/projects/@query"/>
        <xsl:variable name="sq"><xsl:if test="/page/projects/filter/@sort != 'name'"><xsl:if test="$fq != ''">&amp;</xsl:if>sort=<xsl:value-of select="/page/projects/filter/@sort"/></xsl:if></xsl:variable>
        <xsl:variable name="dq" select="mb:query-suffix(concat($fq, $sq))"/>
        <l kind="csv" href="/projects.csv{$dq}"/>
        <l kind="xml" href="/projects.xml{$dq}"/>
        <l kind="json" href="/projects.json{$dq}"/>
        <l kind="api" href="/api/v1/projects{$dq}"/>
        <l kind="feed" href="{$base}/feeds/projects.atom{mb:query-suffix($fq)}" title="{mb:t('feed.search')}"/>
      </xsl:when>
      <xsl:when test="$p = '/zones'">
        <l kind="csv" href="/zones.csv{$q}"/>
        <l kind="xml" href="/zones.xml{$q}"/>
        <l kind="api" href="/api/v1/zones{$q}"/>
        <l kind="feed" href="{$base}/feeds/changes.atom" title="{mb:t('feed.all')}"/>
      </xsl:when>
      <xsl:when test="$p = '/finder'">
        <l kind="csv" href="/finder.csv{$q}"/>
      </xsl:when>
      <xsl:when test="$p = '/indices'">
        <l kind="csv" href="/indices.csv"/>
        <l kind="api" href="/api/v1/indices"/>
      </xsl:when>
      <xsl:when test="/page/@view = 'index' and /page/index/@code">
        <xsl:variable name="c" select="/page/index/@code"/>
        <l kind="csv" href="/indices.csv?index={$c}{translate(substring($q, 1, 1), '?', '&amp;')}{substring($q, 2)}"/>
        <l kind="api" href="/api/v1/indices/{$c}{$q}"/>
      </xsl:when>
      <xsl:when test="starts-with($p, '/zones/') and $rec != ''">
        <l kind="api" href="/api/v1/zones/{$rec}" what="record"/>
        <l kind="csv" href="/projects.csv?zone={$rec}" what="projects"/>
        <l kind="xml" href="/projects.xml?zone={$rec}" what="projects"/>
        <l kind="json" href="/projects.json?zone={$rec}" what="projects"/>
        <l kind="feed" href="{$base}/feeds/zones/{$rec}.atom" title="{mb:t('feed.zone')} {mb:pick((/page/zone | /page/record)/name, (/page/zone | /page/record)/name_en)}"/>
      </xsl:when>
      <xsl:when test="starts-with($p, '/projects/') and $rec != ''">
        <l kind="api" href="/api/v1/projects/{$rec}" what="record"/>
        <l kind="api" href="/api/v1/projects/{$rec}/history" what="history"/>
        <l kind="feed" href="{$base}/feeds/projects/{$rec}.atom" title="{mb:t('feed.project')} {mb:pick((/page/project | /page/record)/name, (/page/project | /page/record)/name_en)}"/>
      </xsl:when>
      <xsl:when test="$p = '/announcements' or starts-with($p, '/announcements/')">
        <xsl:variable name="bq"><xsl:if test="/page/announcements/@board">?board=<xsl:value-of select="/page/announcements/@board"/></xsl:if></xsl:variable>
        <xsl:if test="$p = '/announcements'">
          <l kind="csv" href="/announcements.csv{$bq}"/>
          <l kind="api" href="/api/v1/announcements{$bq}"/>
        </xsl:if>
        <l kind="feed" href="{$base}/feeds/announcements.atom{$bq}" title="{mb:t('ann.title')}"/>
      </xsl:when>
      <xsl:when test="$p = '/changes' or $p = '/'">
        <xsl:if test="$p = '/changes'">
          <l kind="csv" href="/changes.csv"/>
          <l kind="api" href="/api/v1/changes"/>
        </xsl:if>
        <l kind="feed" href="{$base}/feeds/changes.atom" title="{mb:t('feed.all')}"/>
      </xsl:when>
      <xsl:otherwise>
        <l kind="feed" href="{$base}/feeds/changes.atom" title="{mb:t('feed.all')}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The head's alternate links (after the feed of every change, which every page has). -->
  <xsl:template name="od-links-head">
    <xsl:variable name="rtf"><xsl:call-template name="od-links"/></xsl:variable>
    <xsl:for-each select="exsl:node-set($rtf)/l[@href != concat($base, '/feeds/changes.atom')]">
      <xsl:choose>
        <xsl:when test="@kind = 'feed'"><link rel="alternate" type="application/atom+xml" title="{@title}" href="{@href}"/></xsl:when>
        <xsl:when test="@kind = 'csv'"><link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="{@href}"/></xsl:when>
        <xsl:when test="@kind = 'xml'"><link rel="alternate" type="application/xml" title="{mb:t('od.alt.xml')}" href="{@href}"/></xsl:when>
        <xsl:otherwise><link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="{@href}"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The visible block: real links with their text, printed with their addresses. -->
  <xsl:template name="data-links">
    <xsl:variable name="rtf"><xsl:call-template name="od-links"/></xsl:variable>
    <xsl:variable name="l" select="exsl:node-set($rtf)/l"/>
    <aside class="data-links" aria-labelledby="od-links-h">
      <h2 id="od-links-h"><xsl:value-of select="mb:t('od.links.title')"/></h2>
      <xsl:if test="$l[@what = 'record' or @what = 'history']">
        <p><xsl:value-of select="mb:t('od.links.record')"/><xsl:text> </xsl:text>
          <xsl:for-each select="$l[@what = 'record' or @what = 'history']">
            <xsl:if test="position() &gt; 1"> · </xsl:if>
            <a href="{@href}" type="application/json"><xsl:value-of select="mb:t(concat('od.links.', @what))"/></a>
          </xsl:for-each></p>
      </xsl:if>
      <xsl:variable name="dl" select="$l[@kind = 'csv' or @kind = 'xml' or @kind = 'json' or (@kind = 'api' and not(@what))]"/>
      <xsl:if test="$dl">
        <p>
          <xsl:choose>
            <xsl:when test="$dl[@what = 'projects']"><xsl:value-of select="mb:t('od.links.download.projects')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="mb:t('od.links.download')"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text>
          <xsl:for-each select="$dl">
            <xsl:if test="position() &gt; 1"> · </xsl:if>
            <a href="{@href}">
              <xsl:attribute name="type"><xsl:choose>
                <xsl:when test="@kind = 'csv'">text/csv</xsl:when>
                <xsl:when test="@kind = 'xml'">application/xml</xsl:when>
                <xsl:otherwise>application/json</xsl:otherwise>
              </xsl:choose></xsl:attribute>
              <xsl:value-of select="mb:t(concat('od.links.', @kind))"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:for-each select="$l[@kind = 'feed']">
        <p><a href="{@href}" type="application/atom+xml" class="feed"><xsl:value-of select="mb:t('od.links.feed')"/></a>
          <xsl:text> </xsl:text><span class="hint"><xsl:value-of select="@title"/></span></p>
      </xsl:for-each>
      <p><a href="{$base}/data"><xsl:value-of select="mb:t('od.links.about')"/></a></p>
    </aside>
  </xsl:template>
</xsl:stylesheet>
