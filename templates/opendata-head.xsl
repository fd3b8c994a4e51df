<?xml version="1.0" encoding="UTF-8"?>
<!-- Included by layout.xsl: what each public page's head says about its data — the feed
     and alternate-format links (the page's downloads with its filter, its JSON in the
     API, its Atom feed) and schema.org metadata (JSON-LD) on zone, project and data pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template name="opendata-head">
    <xsl:variable name="p" select="/page/@path"/>
    <xsl:variable name="q" select="mb:query-suffix(/page/@query)"/>
    <link rel="alternate" type="application/atom+xml" title="{mb:t('feed.all')}" href="{$base}/feeds/changes.atom"/>
    <xsl:choose>
      <xsl:when test="$p = '/projects'">
        <xsl:variable name="fq" select="/page/projects/@query"/>
        <xsl:variable name="sq"><xsl:if test="/page/projects/filter/@sort != 'name'"><xsl:if test="$fq != ''">&amp;</xsl:if>sort=<xsl:value-of select="/page/projects/filter/@sort"/></xsl:if></xsl:variable>
        <xsl:variable name="dq" select="mb:query-suffix(concat($fq, $sq))"/>
        <link rel="alternate" type="application/atom+xml" title="{mb:t('feed.search')}" href="{$base}/feeds/projects.atom{mb:query-suffix($fq)}"/>
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/projects.csv{$dq}"/>
        <link rel="alternate" type="application/xml" title="{mb:t('od.alt.xml')}" href="/projects.xml{$dq}"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/projects{$dq}"/>
      </xsl:when>
      <xsl:when test="$p = '/zones'">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/zones.csv{$q}"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/zones{$q}"/>
      </xsl:when>
      <xsl:when test="$p = '/finder'">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/finder.csv{$q}"/>
      </xsl:when>
      <xsl:when test="$p = '/changes'">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/changes.csv"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/changes"/>
      </xsl:when>
      <xsl:when test="$p = '/targets'">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/targets.csv"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/targets"/>
      </xsl:when>
      <xsl:when test="$p = '/indices'">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/indices.csv"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/indices"/>
      </xsl:when>
      <xsl:when test="/page/index/@code">
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/indices.csv?index={/page/index/@code}"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/indices/{/page/index/@code}"/>
      </xsl:when>
      <xsl:when test="/page/zone/@slug">
        <xsl:variable name="z" select="/page/zone"/>
        <link rel="alternate" type="application/atom+xml" title="{mb:t('feed.zone')} {$z/name}" href="{$base}/feeds/zones/{$z/@slug}.atom"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/zones/{$z/@slug}"/>
        <link rel="alternate" type="text/csv" title="{mb:t('od.alt.csv')}" href="/projects.csv?zone={$z/@slug}"/>
        <script type="application/ld+json">
          <xsl:text>{"@context":"https://schema.org","@type":"Place","identifier":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/@slug"/></xsl:call-template>
          <xsl:text>,"name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/name"/></xsl:call-template>
          <xsl:if test="$z/name_en"><xsl:text>,"alternateName":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/name_en"/></xsl:call-template></xsl:if>
          <xsl:text>,"url":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="concat('/zones/', $z/@slug)"/></xsl:call-template>
          <xsl:if test="$z/location"><xsl:text>,"address":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/location"/></xsl:call-template></xsl:if>
          <xsl:if test="$z/latitude and $z/longitude">,"geo":{"@type":"GeoCoordinates","latitude":<xsl:value-of select="number($z/latitude)"/>,"longitude":<xsl:value-of select="number($z/longitude)"/>}</xsl:if>
          <xsl:if test="$z/parent_slug"><xsl:text>,"containedInPlace":{"@type":"Place","url":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="concat('/zones/', $z/parent_slug)"/></xsl:call-template><xsl:text>,"name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/parent_name"/></xsl:call-template>}</xsl:if>
          <xsl:text>,"additionalProperty":[{"@type":"PropertyValue","name":"leasable_ha","value":</xsl:text><xsl:value-of select="number($z/leasable_ha)"/>
          <xsl:text>},{"@type":"PropertyValue","name":"leased_ha","value":</xsl:text><xsl:value-of select="number($z/leased_ha)"/>
          <xsl:text>},{"@type":"PropertyValue","name":"occupancy_as_of","value":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$z/occupancy_as_of"/></xsl:call-template>
          <xsl:text>}]}</xsl:text>
        </script>
      </xsl:when>
      <xsl:when test="/page/project/@id">
        <xsl:variable name="pr" select="/page/project"/>
        <link rel="alternate" type="application/atom+xml" title="{mb:t('feed.project')} {$pr/name}" href="{$base}/feeds/projects/{$pr/@id}.atom"/>
        <link rel="alternate" type="application/json" title="{mb:t('od.alt.json')}" href="/api/v1/projects/{$pr/@id}"/>
        <script type="application/ld+json">
          <xsl:text>{"@context":"https://schema.org","@type":"Project","identifier":"</xsl:text><xsl:value-of select="number($pr/@id)"/>
          <xsl:text>","name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/name"/></xsl:call-template>
          <xsl:if test="$pr/name_en"><xsl:text>,"alternateName":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/name_en"/></xsl:call-template></xsl:if>
          <xsl:text>,"url":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="concat('/projects/', $pr/@id)"/></xsl:call-template>
          <xsl:if test="$pr/approved_on"><xsl:text>,"foundingDate":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/approved_on"/></xsl:call-template></xsl:if>
          <xsl:text>,"funder":{"@type":"Organization","name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/investor"/></xsl:call-template>
          <xsl:text>,"address":{"@type":"PostalAddress","addressCountry":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/country"/></xsl:call-template>
          <xsl:text>}},"location":{"@type":"Place","name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/zone_name"/></xsl:call-template>
          <xsl:text>,"url":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="concat('/zones/', $pr/zone_slug)"/></xsl:call-template>
          <xsl:text>},"additionalProperty":[{"@type":"PropertyValue","name":"status","value":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/@status"/></xsl:call-template>
          <xsl:text>},{"@type":"PropertyValue","name":"registered_capital","value":</xsl:text><xsl:value-of select="number($pr/registered_capital)"/>
          <xsl:text>,"unitText":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="$pr/currency"/></xsl:call-template>
          <xsl:text>}]}</xsl:text>
        </script>
      </xsl:when>
      <xsl:when test="/page/data">
        <script type="application/ld+json">
          <xsl:text>{"@context":"https://schema.org","@type":"Dataset","name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="/page/site/title"/></xsl:call-template>
          <xsl:text>,"alternateName":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="/page/site/title_en"/></xsl:call-template>
          <xsl:text>,"description":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="mb:t('data.lead')"/></xsl:call-template>
          <xsl:text>,"url":"/data","license":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="/page/site/licence_url"/></xsl:call-template>
          <xsl:text>,"dateModified":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="concat(substring(/page/site/changed_at, 1, 10), 'T', substring(/page/site/changed_at, 12, 8), 'Z')"/></xsl:call-template>
          <xsl:text>,"creator":{"@type":"GovernmentOrganization","name":</xsl:text><xsl:call-template name="json-str"><xsl:with-param name="s" select="/page/site/publisher"/></xsl:call-template>
          <xsl:text>},"distribution":[{"@type":"DataDownload","encodingFormat":"text/csv","contentUrl":"/projects.csv"},{"@type":"DataDownload","encodingFormat":"application/json","contentUrl":"/projects.json"},{"@type":"DataDownload","encodingFormat":"application/xml","contentUrl":"/data/minhbach.xml"},{"@type":"DataDownload","encodingFormat":"application/json","contentUrl":"/data/oc4ids.json"},{"@type":"DataDownload","encodingFormat":"text/csv","contentUrl":"/zones.csv"}]}</xsl:text>
        </script>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- s as a JSON string: quoted, with \ " and control characters escaped, and < as
       \u003c so that no text can close the script element. -->
  <xsl:template name="json-str">
    <xsl:param name="s"/>
    <xsl:text>"</xsl:text>
    <xsl:call-template name="json-esc"><xsl:with-param name="s" select="string($s)"/></xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <xsl:template name="json-esc">
    <xsl:param name="s"/>
    <xsl:variable name="a"><xsl:call-template name="od-replace"><xsl:with-param name="s" select="$s"/><xsl:with-param name="from" select="'\'"/><xsl:with-param name="to" select="'\\'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="b"><xsl:call-template name="od-replace"><xsl:with-param name="s" select="$a"/><xsl:with-param name="from" select="'&quot;'"/><xsl:with-param name="to" select="'\&quot;'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="c"><xsl:call-template name="od-replace"><xsl:with-param name="s" select="$b"/><xsl:with-param name="from" select="'&lt;'"/><xsl:with-param name="to" select="'\u003c'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="d"><xsl:call-template name="od-replace"><xsl:with-param name="s" select="$c"/><xsl:with-param name="from" select="'&#10;'"/><xsl:with-param name="to" select="'\n'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="e"><xsl:call-template name="od-replace"><xsl:with-param name="s" select="$d"/><xsl:with-param name="from" select="'&#13;'"/><xsl:with-param name="to" select="'\r'"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="od-replace"><xsl:with-param name="s" select="$e"/><xsl:with-param name="from" select="'&#9;'"/><xsl:with-param name="to" select="'\t'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="od-replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="substring-before($s, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="od-replace"><xsl:with-param name="s" select="substring-after($s, $from)"/><xsl:with-param name="from" select="$from"/><xsl:with-param name="to" select="$to"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
