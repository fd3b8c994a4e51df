<?xml version="1.0" encoding="UTF-8"?>
<!-- The staff program's error page for every status (400, 403, 404, 405, 409, 413, 500,
     503), in the page's language; a 400 names the field and the reason. A 503 says that
     publishing is unavailable: the primary database cannot be reached (the public pages
     may still be served from replicas). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="mb:t(error/@key)"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <section class="error" aria-labelledby="error-title">
      <p class="error-code"><xsl:value-of select="error/@status"/></p>
      <h1 id="error-title"><xsl:value-of select="mb:t(error/@key)"/></h1>
      <p>
        <xsl:choose>
          <xsl:when test="error/@status = 503">
            <xsl:value-of select="mb:t('error.503.publishing')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="mb:t(concat(error/@key, '.text'))"/>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:if test="error/@field">
        <p class="error-field">
          <xsl:value-of select="mb:t('error.param.field')"/>
          <xsl:text> </xsl:text>
          <code><xsl:value-of select="error/@field"/></code>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="mb:t(error/@reason)"/>
        </p>
      </xsl:if>
      <p><a href="{$base}/"><xsl:value-of select="mb:t('error.home')"/></a></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
