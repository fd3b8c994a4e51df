<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /changes — the latest published changes, province-wide. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'changes']" mode="title"><xsl:value-of select="mb:t('changes.title')"/></xsl:template>

  <xsl:template match="page[@view = 'changes']" mode="main">
    <h1><xsl:value-of select="mb:t('changes.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('changes.lead')"/></p>
    <xsl:call-template name="change-list">
      <xsl:with-param name="changes" select="changes/change"/>
      <xsl:with-param name="fields" select="changes/field"/>
    </xsl:call-template>
    <nav class="pager" aria-label="{mb:t('pager.label')}">
      <xsl:if test="changes/@before"><a href="{$base}/changes"><xsl:value-of select="mb:t('pager.newest')"/></a></xsl:if>
      <xsl:if test="changes/@next"><a rel="next" href="{$base}/changes?before={changes/@next}"><xsl:value-of select="mb:t('pager.older')"/></a></xsl:if>
    </nav>
  </xsl:template>
</xsl:stylesheet>
