<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /zones/<slug>/changes (the zone's, its parks' and their projects') and
     /projects/<id>/changes — a record's published changes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:variable name="r" select="/page/record"/>
  <xsl:variable name="name">
    <xsl:value-of select="mb:pick($r/name, $r/name_en)"/>
  </xsl:variable>
  <xsl:variable name="href">
    <xsl:value-of select="$base"/>
    <xsl:choose>
      <xsl:when test="$r/@entity = 'zone'">/zones/<xsl:value-of select="$r/@slug"/></xsl:when>
      <xsl:otherwise>/projects/<xsl:value-of select="$r/@id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page[@view = 'record_changes']" mode="title">
    <xsl:value-of select="mb:t('record.history')"/>: <xsl:value-of select="$name"/>
  </xsl:template>

  <xsl:template match="page[@view = 'record_changes']" mode="main">
    <p class="crumbs"><a href="{$href}"><xsl:value-of select="$name"/></a></p>
    <h1><xsl:value-of select="mb:t('record.history')"/></h1>
    <p class="lead">
      <xsl:choose>
        <xsl:when test="$r/@entity = 'zone'"><xsl:value-of select="mb:t('record.history.zone')"/><xsl:text> </xsl:text><xsl:value-of select="$r/changes/@limit"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('record.history.zone.end')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="mb:t('record.history.lead')"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:call-template name="change-list">
      <xsl:with-param name="changes" select="$r/changes/change"/>
      <xsl:with-param name="fields" select="$r/changes/field"/>
      <xsl:with-param name="with-record" select="$r/@entity = 'zone'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
