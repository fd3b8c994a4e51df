<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /data — every download with its format, licence and last update; the API and the
     feeds. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'data']" mode="title"><xsl:value-of select="mb:t('data.title')"/></xsl:template>

  <xsl:template match="page[@view = 'data']" mode="main">
    <xsl:variable name="data" select="/page/data"/>
    <xsl:variable name="counts" select="$data/counts"/>
    <xsl:variable name="changed-at" select="/page/site/changed_at"/>
    <h1><xsl:value-of select="mb:t('data.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('data.lead')"/></p>
    <dl class="facts wide">
      <dt><xsl:value-of select="mb:t('data.licence')"/></dt>
      <dd><xsl:value-of select="mb:t('data.licence.text')"/><xsl:text> </xsl:text><a href="{/page/site/licence_url}" rel="license"><xsl:value-of select="/page/site/licence_name"/></a></dd>
      <dt><xsl:value-of select="mb:t('data.updated')"/></dt>
      <dd><time datetime="{concat(substring($changed-at, 1, 10), 'T', substring($changed-at, 12, 8), 'Z')}"><xsl:value-of select="mb:date($changed-at)"/><xsl:text> </xsl:text><xsl:value-of select="substring($changed-at, 12, 5)"/> UTC</time></dd>
    </dl>
    <p class="note"><xsl:value-of select="mb:t('data.sample')"/></p>

    <h2 id="downloads"><xsl:value-of select="mb:t('data.downloads')"/></h2>
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
      <table class="data stack">
        <caption><xsl:value-of select="mb:t('data.downloads.caption')"/></caption>
        <thead><tr>
          <th scope="col"><xsl:value-of select="mb:t('data.col.what')"/></th>
          <th scope="col"><xsl:value-of select="mb:t('data.col.format')"/></th>
          <th scope="col" class="num"><xsl:value-of select="mb:t('data.col.rows')"/></th>
          <th scope="col"><xsl:value-of select="mb:t('data.licence')"/></th>
          <th scope="col"><xsl:value-of select="mb:t('data.updated')"/></th>
        </tr></thead>
        <tbody>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.projects'"/><xsl:with-param name="href" select="'/projects.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/><xsl:with-param name="n" select="$counts/projects"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.projects'"/><xsl:with-param name="href" select="'/projects.json'"/><xsl:with-param name="format" select="'JSON'"/><xsl:with-param name="n" select="$counts/projects"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.projects'"/><xsl:with-param name="href" select="'/projects.xml'"/><xsl:with-param name="format" select="'XML (minhbach-1.xsd)'"/><xsl:with-param name="n" select="$counts/projects"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.zones'"/><xsl:with-param name="href" select="'/zones.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/><xsl:with-param name="n" select="$counts/zones"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.zones'"/><xsl:with-param name="href" select="'/zones.xml'"/><xsl:with-param name="format" select="'XML (minhbach-1.xsd)'"/><xsl:with-param name="n" select="$counts/zones"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.finder'"/><xsl:with-param name="href" select="'/finder.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.changes'"/><xsl:with-param name="href" select="'/changes.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/><xsl:with-param name="n" select="$counts/changes"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.targets'"/><xsl:with-param name="href" select="'/targets.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/><xsl:with-param name="n" select="$counts/targets"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.indices'"/><xsl:with-param name="href" select="'/indices.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/><xsl:with-param name="n" select="$counts/index_scores"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.announcements'"/><xsl:with-param name="href" select="'/announcements.csv'"/><xsl:with-param name="format" select="'CSV (UTF-8)'"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.all_xml'"/><xsl:with-param name="href" select="'/data/minhbach.xml'"/><xsl:with-param name="format" select="'XML (minhbach-1.xsd)'"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="key" select="'data.d.oc4ids'"/><xsl:with-param name="href" select="'/data/oc4ids.json'"/><xsl:with-param name="format" select="'JSON (OC4IDS 0.9)'"/><xsl:with-param name="n" select="$counts/projects"/></xsl:call-template>
        </tbody>
      </table>
    </div>
    <p><xsl:value-of select="mb:t('data.filters')"/><xsl:text> </xsl:text><a href="/projects.csv?status=revoked"><code>/projects.csv?status=revoked</code></a>, <a href="/zones.csv?kind=kcn"><code>/zones.csv?kind=kcn</code></a>.</p>

    <h2 id="api"><xsl:value-of select="mb:t('data.api')"/></h2>
    <p><xsl:value-of select="mb:t('data.api.text')"/></p>
    <ul>
      <li><a href="{$base}/api"><xsl:value-of select="mb:t('data.api.doc')"/></a></li>
      <li><a href="/api/v1"><code>/api/v1</code></a></li>
    </ul>

    <h2 id="feeds"><xsl:value-of select="mb:t('data.feeds')"/></h2>
    <p><xsl:value-of select="mb:t('data.feeds.text')"/></p>
    <ul>
      <li><xsl:value-of select="mb:t('data.feed.all')"/>: <a href="{$base}/feeds/changes.atom"><code>/feeds/changes.atom</code></a></li>
      <li><xsl:value-of select="mb:t('data.feed.zone')"/>: <a href="{$base}/feeds/zones/van-don.atom"><code>/feeds/zones/van-don.atom</code></a></li>
      <li><xsl:value-of select="mb:t('data.feed.status')"/>: <a href="{$base}/feeds/status/revoked.atom"><code>/feeds/status/revoked.atom</code></a>, <a href="{$base}/feeds/status/delayed.atom"><code>/feeds/status/delayed.atom</code></a></li>
      <li><xsl:value-of select="mb:t('data.feed.project')"/>: <code>/feeds/projects/&lt;id&gt;.atom</code></li>
      <li><xsl:value-of select="mb:t('data.d.announcements')"/>: <a href="{$base}/feeds/announcements.atom"><code>/feeds/announcements.atom</code></a></li>
      <li><xsl:value-of select="mb:t('data.feed.search')"/>: <a href="{$base}/feeds/projects.atom?q=van+don"><code>/feeds/projects.atom?q=van+don</code></a></li>
    </ul>

    <h2 id="standards"><xsl:value-of select="mb:t('data.standards')"/></h2>
    <ul>
      <li><a href="/schema/minhbach-1.xsd"><code>/schema/minhbach-1.xsd</code></a> — <xsl:value-of select="mb:t('data.d.schema')"/></li>
      <li><a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> — <xsl:value-of select="mb:t('data.d.openapi')"/></li>
      <li><a href="/data/oc4ids.json"><code>/data/oc4ids.json</code></a> — <xsl:value-of select="mb:t('data.d.oc4ids')"/></li>
      <li><a href="/sitemap.xml"><code>/sitemap.xml</code></a> — <xsl:value-of select="mb:t('data.d.sitemap')"/></li>
    </ul>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="key"/>
    <xsl:param name="href"/>
    <xsl:param name="format"/>
    <xsl:param name="n"/>
    <xsl:variable name="changed-at" select="/page/site/changed_at"/>
    <tr>
      <th scope="row"><a href="{$href}"><xsl:value-of select="mb:t($key)"/></a><br/><small><code><xsl:value-of select="$href"/></code></small></th>
      <td data-label="{mb:t('data.col.format')}"><xsl:value-of select="$format"/></td>
      <td class="num" data-label="{mb:t('data.col.rows')}"><xsl:if test="string($n) != ''"><xsl:value-of select="mb:count($n)"/></xsl:if></td>
      <td data-label="{mb:t('data.licence')}"><a href="{/page/site/licence_url}" rel="license"><xsl:value-of select="/page/site/licence_name"/></a></td>
      <td data-label="{mb:t('data.updated')}"><time datetime="{concat(substring($changed-at, 1, 10), 'T', substring($changed-at, 12, 8), 'Z')}"><xsl:value-of select="mb:date($changed-at)"/></time></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
