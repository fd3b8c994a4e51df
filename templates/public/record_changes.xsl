<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /zones/<slug>/changes (the zone's, its parks' and their projects') and
     /projects/<id>/changes — a record's published changes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'record_changes']" mode="title">
    <xsl:variable name="record" select="/page/record"/>
    <xsl:variable name="record-name">
      <xsl:value-of select="mb:pick($record/name, $record/name_en)"/>
    </xsl:variable>
    <xsl:value-of select="mb:t('record.history')"/>: <xsl:value-of select="$record-name"/>
  </xsl:template>

  <xsl:template match="page[@view = 'record_changes']" mode="main">
    <xsl:variable name="record" select="/page/record"/>
    <xsl:variable name="record-name">
      <xsl:value-of select="mb:pick($record/name, $record/name_en)"/>
    </xsl:variable>
    <xsl:variable name="record-href">
      <xsl:value-of select="$base"/>
      <xsl:choose>
        <xsl:when test="$record/@entity = 'zone'">/zones/<xsl:value-of select="$record/@slug"/></xsl:when>
        <xsl:otherwise>/projects/<xsl:value-of select="$record/@id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p class="crumbs"><a href="{$record-href}"><xsl:value-of select="$record-name"/></a></p>
    <h1><xsl:value-of select="mb:t('record.history')"/></h1>
    <p class="lead">
      <xsl:choose>
        <xsl:when test="$record/@entity = 'zone'"><xsl:value-of select="mb:t('record.history.zone')"/><xsl:text> </xsl:text><xsl:value-of select="$record/changes/@limit"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('record.history.zone.end')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="mb:t('record.history.lead')"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:call-template name="change-list">
      <xsl:with-param name="changes" select="$record/changes/change"/>
      <xsl:with-param name="fields" select="$record/changes/field"/>
      <xsl:with-param name="with-record" select="$record/@entity = 'zone'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
