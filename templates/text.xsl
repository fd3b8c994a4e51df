<?xml version="1.0" encoding="UTF-8"?>
<!-- Texts in the page's language, shared by the HTML pages (public/site.xsl) and the Atom
     feeds (public/feed.xsl):
     - "text": a free text written in Vietnamese with its English twin (reason/reason_en,
       source/source_en …). An English page shows the English; where there is none, the
       Vietnamese inside an element with lang="vi", marked "(Vietnamese)", so that a screen
       reader reads it with the right voice and the reader knows why it is not English.
     - "change-summary", "change-field", "change-value": a published change as the catalog
       says it (a summary stored as keys, each field by its label, each value formatted as
       on the record's page: status names, dates, hectares, money). The downloads and the
       API keep the codes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <!-- ns: the namespace of the elements written (XHTML inside an Atom feed) -->
  <xsl:template name="text">
    <xsl:param name="vi"/>
    <xsl:param name="en"/>
    <xsl:param name="ns" select="''"/>
    <xsl:choose>
      <xsl:when test="/page/@lang != 'en'"><xsl:value-of select="$vi"/></xsl:when>
      <xsl:when test="normalize-space($en) != ''"><xsl:value-of select="$en"/></xsl:when>
      <xsl:when test="normalize-space($vi) != ''">
        <xsl:element name="span" namespace="{$ns}">
          <xsl:attribute name="lang">vi</xsl:attribute>
          <xsl:value-of select="$vi"/>
        </xsl:element>
        <xsl:text> </xsl:text>
        <xsl:element name="span" namespace="{$ns}">
          <xsl:attribute name="class">lang-mark</xsl:attribute>
          <xsl:value-of select="mb:t('lang.vietnamese')"/>
        </xsl:element>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- the summary of a change (its summary_key, summary_arg, summary and the text above) -->
  <xsl:template name="change-summary">
    <xsl:param name="ns" select="''"/>
    <xsl:choose>
      <xsl:when test="summary_key">
        <xsl:value-of select="mb:t(summary_key)"/>
        <xsl:if test="summary_arg">: <xsl:value-of select="mb:t(summary_arg)"/></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="text">
          <xsl:with-param name="vi" select="summary"/>
          <xsl:with-param name="ns" select="$ns"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "1" for the free texts whose English twin is a field of the same change (reason and
       reason_en …): the twin is shown with them, not on its own -->
  <xsl:template name="change-twinned">
    <xsl:param name="field"/>
    <xsl:if test="contains(' reason remedy summary action doc_title source location contact ',
        concat(' ', $field, ' '))">1</xsl:if>
  </xsl:template>

  <!-- "1" when the field is the English twin of another -->
  <xsl:template name="change-twin">
    <xsl:param name="field"/>
    <xsl:if test="substring($field, string-length($field) - 2) = '_en'">
      <xsl:call-template name="change-twinned">
        <xsl:with-param name="field" select="substring($field, 1, string-length($field) - 3)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="change-field">
    <xsl:param name="field"/>
    <xsl:variable name="key" select="concat('change.field.', $field)"/>
    <xsl:variable name="label" select="mb:t($key)"/>
    <xsl:choose>
      <xsl:when test="$label != $key"><xsl:value-of select="$label"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- value of field, of a change of entity; en: its English twin's value -->
  <xsl:template name="change-value">
    <xsl:param name="field"/>
    <xsl:param name="value"/>
    <xsl:param name="entity"/>
    <xsl:param name="en"/>
    <xsl:param name="ns" select="''"/>
    <xsl:variable name="f" select="concat(' ', $field, ' ')"/>
    <xsl:variable name="text"><xsl:call-template name="change-twinned"><xsl:with-param name="field" select="$field"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($value) = ''"/>
      <xsl:when test="$field = 'status' and $entity = 'zone'"><xsl:value-of select="mb:t(concat('zone.status.', $value))"/></xsl:when>
      <xsl:when test="$field = 'status'"><xsl:value-of select="mb:t(concat('status.', $value))"/></xsl:when>
      <xsl:when test="$field = 'doc_type'"><xsl:value-of select="mb:t(concat('doctype.', $value))"/></xsl:when>
      <xsl:when test="contains(' authority revocation area outcome ', $f)"><xsl:value-of select="mb:t(concat($field, '.', $value))"/></xsl:when>
      <xsl:when test="contains(' occupancy_as_of approved_on planned_start actual_start planned_operation actual_operation permit_expires_on status_since effective_on remedy_due doc_issued_on reviewed_on published_on period_start period_end ', $f)"><xsl:value-of select="mb:date($value)"/></xsl:when>
      <xsl:when test="contains($field, '_ha')"><xsl:value-of select="mb:ha($value)"/></xsl:when>
      <xsl:when test="contains(' registered_usd disbursed_usd ', $f)"><xsl:value-of select="mb:musd($value)"/></xsl:when>
      <xsl:when test="contains(' registered_capital disbursed_capital ', $f)"><xsl:value-of select="mb:num($value, 0)"/></xsl:when>
      <xsl:when test="$text = '1' or $field = 'doc_issuer'">
        <xsl:call-template name="text">
          <xsl:with-param name="vi" select="$value"/>
          <xsl:with-param name="en" select="$en"/>
          <xsl:with-param name="ns" select="$ns"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
