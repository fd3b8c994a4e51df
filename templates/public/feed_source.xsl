<?xml version="1.0" encoding="UTF-8"?>
<!-- What every Atom feed says of its source: the publisher, the licence, the generator. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom" xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:template name="feed-source">
    <author>
      <name><xsl:value-of select="mb:pick(/page/site/publisher, /page/site/publisher_en)"/></name>
      <xsl:if test="/page/site/contact_email"><email><xsl:value-of select="/page/site/contact_email"/></email></xsl:if>
    </author>
  </xsl:template>

  <xsl:template name="feed-licence">
    <xsl:if test="/page/site/licence_url">
      <link rel="license" href="{/page/site/licence_url}"/>
      <rights><xsl:value-of select="/page/site/licence_name"/></rights>
    </xsl:if>
    <generator>minhbach</generator>
  </xsl:template>
</xsl:stylesheet>
