<?xml version="1.0" encoding="UTF-8"?>
<!-- A project's lifecycle marks (sql/site.def PROJECT_MARKS), shared by the project page
     and the registry's rows: its remedy deadline passed (with the date), else overdue; the
     land a partial revocation left. The context is the project's element. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:template name="project-marks">
    <xsl:choose>
      <xsl:when test="remedy_deadline_passed">
        <xsl:text> </xsl:text><span class="overdue deadline-passed"><xsl:value-of select="mb:t('project.deadline_passed')"/><xsl:text> </xsl:text><time datetime="{remedy_deadline_passed}"><xsl:value-of select="mb:date(remedy_deadline_passed)"/></time></span>
      </xsl:when>
      <xsl:when test="overdue = '1'">
        <xsl:text> </xsl:text><span class="overdue"><xsl:value-of select="mb:t('project.overdue')"/></span>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="part_revoked_on">
      <xsl:text> </xsl:text><span class="partly-revoked"><xsl:value-of select="mb:t('project.partly_revoked')"/> (<xsl:value-of select="mb:ha(part_revoked_from_ha)"/> → <xsl:value-of select="mb:ha(part_revoked_to_ha)"/>)</span>
    </xsl:if>
  </xsl:template>

  <!-- a zone's occupancy figures older than the province's reporting period (ZONE_STALE) -->
  <xsl:template name="stale-mark">
    <xsl:param name="flag" select="occupancy_stale"/>
    <xsl:if test="$flag = '1'">
      <xsl:text> </xsl:text><span class="stale" title="{mb:t('zone.stale.title')}"><xsl:value-of select="mb:t('zone.stale')"/></span>
    </xsl:if>
  </xsl:template>

  <!-- a count of overdue projects as an item of a status-counts list, linking to the
       registry's list of them (href: the registry's URL with its filters) -->
  <xsl:template name="overdue-count">
    <xsl:param name="count"/>
    <xsl:param name="sample"/>
    <xsl:param name="href"/>
    <li class="status-overdue">
      <a href="{$href}"><span class="count"><xsl:value-of select="mb:count($count)"/></span><span class="label"><xsl:value-of select="mb:t('zone.overdue')"/></span></a>
      <xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$sample"/></xsl:call-template>
    </li>
  </xsl:template>

  <!-- "Last changed: <date>" of a record page, linking to its change history -->
  <xsl:template name="last-changed">
    <xsl:param name="date"/>
    <xsl:param name="href"/>
    <xsl:if test="$date">
      <p class="last-changed"><xsl:value-of select="mb:t('record.last_changed')"/><xsl:text>: </xsl:text>
        <a href="{$href}"><time datetime="{$date}"><xsl:value-of select="mb:date($date)"/></time></a></p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
