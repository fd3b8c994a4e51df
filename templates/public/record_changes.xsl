<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /zones/<slug>/changes and /projects/<id>/changes — a record's published changes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>
  <xsl:import href="changes_list.xsl"/>

  <xsl:variable name="r" select="/page/record"/>
  <xsl:variable name="name">
    <xsl:call-template name="pick"><xsl:with-param name="vi" select="$r/name"/><xsl:with-param name="en" select="$r/name_en"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="href">
    <xsl:value-of select="$base"/>
    <xsl:choose>
      <xsl:when test="$r/@entity = 'zone'">/zones/<xsl:value-of select="$r/@slug"/></xsl:when>
      <xsl:otherwise>/projects/<xsl:value-of select="$r/@id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="mb:t('record.history')"/>: <xsl:value-of select="$name"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <p class="crumbs"><a href="{$href}"><xsl:value-of select="$name"/></a></p>
    <h1><xsl:value-of select="mb:t('record.history')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('record.history.lead')"/></p>
    <xsl:call-template name="change-list">
      <xsl:with-param name="changes" select="$r/changes/change"/>
      <xsl:with-param name="fields" select="$r/changes/field"/>
      <xsl:with-param name="with-record" select="false()"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
