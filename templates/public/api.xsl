<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /api — the JSON API for people: conventions and endpoints. The machine-readable
     description is /api/v1/openapi.json. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'api']" mode="title"><xsl:value-of select="mb:t('api.title')"/></xsl:template>

  <xsl:template match="page[@view = 'api']" mode="main">
    <xsl:variable name="api-origin" select="/page/api/@origin"/>
    <p class="crumbs"><a href="{$base}/data"><xsl:value-of select="mb:t('data.title')"/></a></p>
    <h1><xsl:value-of select="mb:t('api.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('api.lead')"/></p>
    <p><xsl:value-of select="mb:t('api.base')"/>: <code><xsl:value-of select="$api-origin"/>/api/v1</code> · OpenAPI: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a></p>

    <h2><xsl:value-of select="mb:t('api.conventions')"/></h2>
    <ul>
      <li><xsl:value-of select="mb:t('api.conv.names')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.dates')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.money')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.codes')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.paging')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.cache')"/></li>
      <li><xsl:value-of select="mb:t('api.conv.errors')"/></li>
      <li><xsl:value-of select="mb:t('data.sample')"/></li>
    </ul>

    <h2><xsl:value-of select="mb:t('api.endpoints')"/></h2>
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
      <table class="data stack">
        <caption><xsl:value-of select="mb:t('api.endpoints')"/></caption>
        <thead><tr>
          <th scope="col"><xsl:value-of select="mb:t('api.col.path')"/></th>
          <th scope="col"><xsl:value-of select="mb:t('api.col.what')"/></th>
          <th scope="col"><xsl:value-of select="mb:t('api.col.params')"/></th>
        </tr></thead>
        <tbody>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1'"/><xsl:with-param name="key" select="'api.e.index'"/><xsl:with-param name="try" select="'/api/v1'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/zones'"/><xsl:with-param name="key" select="'api.e.zones'"/><xsl:with-param name="params" select="'kind, board, min_ha, status'"/><xsl:with-param name="try" select="'/api/v1/zones?kind=kcn'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/zones/{slug}'"/><xsl:with-param name="key" select="'api.e.zone'"/><xsl:with-param name="try" select="'/api/v1/zones/van-don'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/projects'"/><xsl:with-param name="key" select="'api.e.projects'"/><xsl:with-param name="params" select="'q, zone, board, status, country, sector, authority, min_capital, max_capital, year, overdue, sort, after, limit'"/><xsl:with-param name="try" select="'/api/v1/projects?status=revoked&amp;sort=date_desc'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/projects/{id}'"/><xsl:with-param name="key" select="'api.e.project'"/><xsl:with-param name="try" select="'/api/v1/projects/1'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/projects/{id}/history'"/><xsl:with-param name="key" select="'api.e.history'"/><xsl:with-param name="try" select="'/api/v1/projects/1/history'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/targets'"/><xsl:with-param name="key" select="'api.e.targets'"/><xsl:with-param name="try" select="'/api/v1/targets'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/indices'"/><xsl:with-param name="key" select="'api.e.indices'"/><xsl:with-param name="try" select="'/api/v1/indices'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/indices/{pci|par|sipas|papi}'"/><xsl:with-param name="key" select="'api.e.gov_index'"/><xsl:with-param name="params" select="'year'"/><xsl:with-param name="try" select="'/api/v1/indices/pci'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/changes'"/><xsl:with-param name="key" select="'api.e.changes'"/><xsl:with-param name="params" select="'before, limit'"/><xsl:with-param name="try" select="'/api/v1/changes'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/announcements'"/><xsl:with-param name="key" select="'data.d.announcements'"/><xsl:with-param name="params" select="'board'"/><xsl:with-param name="try" select="'/api/v1/announcements'"/></xsl:call-template>
          <xsl:call-template name="e"><xsl:with-param name="path" select="'/api/v1/openapi.json'"/><xsl:with-param name="key" select="'api.e.openapi'"/><xsl:with-param name="try" select="'/api/v1/openapi.json'"/></xsl:call-template>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="e">
    <xsl:param name="path"/>
    <xsl:param name="key"/>
    <xsl:param name="params"/>
    <xsl:param name="try"/>
    <tr>
      <th scope="row"><code>GET <xsl:value-of select="$path"/></code></th>
      <td data-label="{mb:t('api.col.what')}"><xsl:value-of select="mb:t($key)"/><br/><small><xsl:value-of select="mb:t('api.example')"/>: <a href="{$try}"><code><xsl:value-of select="$try"/></code></a></small></td>
      <td data-label="{mb:t('api.col.params')}"><xsl:if test="$params"><code><xsl:value-of select="$params"/></code></xsl:if></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
