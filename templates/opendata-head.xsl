<?xml version="1.0" encoding="UTF-8"?>
<!-- Included by layout.xsl: what each public page's head says about its data — the feed
     and alternate-format links (opendata-links.xsl: the page's downloads with its filter,
     its JSON in the API, its Atom feed) and schema.org metadata (JSON-LD) on zone and
     project pages (the data page's is cgi-bin/public/page_data.c);
     mb:json(s) writes s as a JSON string that no text can end the script element with. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template name="opendata-head">
    <link rel="alternate" type="application/atom+xml" title="{mb:t('feed.all')}" href="{$base}/feeds/changes.atom"/>
    <xsl:call-template name="od-links-head"/>
    <xsl:choose>
      <xsl:when test="/page/zone/@slug">
        <xsl:variable name="z" select="/page/zone"/>
        <script type="application/ld+json">
          <xsl:text>{"@context":"https://schema.org","@type":"Place","identifier":</xsl:text><xsl:value-of select="mb:json($z/@slug)"/>
          <xsl:text>,"name":</xsl:text><xsl:value-of select="mb:json($z/name)"/>
          <xsl:if test="$z/name_en"><xsl:text>,"alternateName":</xsl:text><xsl:value-of select="mb:json($z/name_en)"/></xsl:if>
          <xsl:text>,"url":</xsl:text><xsl:value-of select="mb:json(concat('/zones/', $z/@slug))"/>
          <xsl:if test="$z/location"><xsl:text>,"address":</xsl:text><xsl:value-of select="mb:json($z/location)"/></xsl:if>
          <xsl:if test="$z/latitude and $z/longitude">,"geo":{"@type":"GeoCoordinates","latitude":<xsl:value-of select="number($z/latitude)"/>,"longitude":<xsl:value-of select="number($z/longitude)"/>}</xsl:if>
          <xsl:if test="$z/parent_slug"><xsl:text>,"containedInPlace":{"@type":"Place","url":</xsl:text><xsl:value-of select="mb:json(concat('/zones/', $z/parent_slug))"/><xsl:text>,"name":</xsl:text><xsl:value-of select="mb:json($z/parent_name)"/>}</xsl:if>
          <xsl:text>,"additionalProperty":[{"@type":"PropertyValue","name":"leasable_ha","value":</xsl:text><xsl:value-of select="number($z/leasable_ha)"/>
          <xsl:text>},{"@type":"PropertyValue","name":"leased_ha","value":</xsl:text><xsl:value-of select="number($z/leased_ha)"/>
          <xsl:text>},{"@type":"PropertyValue","name":"occupancy_as_of","value":</xsl:text><xsl:value-of select="mb:json($z/occupancy_as_of)"/>
          <xsl:text>}]}</xsl:text>
        </script>
      </xsl:when>
      <xsl:when test="/page/project/@id">
        <xsl:variable name="pr" select="/page/project"/>
        <script type="application/ld+json">
          <xsl:text>{"@context":"https://schema.org","@type":"Project","identifier":"</xsl:text><xsl:value-of select="number($pr/@id)"/>
          <xsl:text>","name":</xsl:text><xsl:value-of select="mb:json($pr/name)"/>
          <xsl:if test="$pr/name_en"><xsl:text>,"alternateName":</xsl:text><xsl:value-of select="mb:json($pr/name_en)"/></xsl:if>
          <xsl:text>,"url":</xsl:text><xsl:value-of select="mb:json(concat('/projects/', $pr/@id))"/>
          <xsl:if test="$pr/approved_on"><xsl:text>,"foundingDate":</xsl:text><xsl:value-of select="mb:json($pr/approved_on)"/></xsl:if>
          <xsl:text>,"funder":{"@type":"Organization","name":</xsl:text><xsl:value-of select="mb:json($pr/investor)"/>
          <xsl:text>,"address":{"@type":"PostalAddress","addressCountry":</xsl:text><xsl:value-of select="mb:json($pr/country)"/>
          <xsl:text>}},"location":{"@type":"Place","name":</xsl:text><xsl:value-of select="mb:json($pr/zone_name)"/>
          <xsl:text>,"url":</xsl:text><xsl:value-of select="mb:json(concat('/zones/', $pr/zone_slug))"/>
          <xsl:text>},"additionalProperty":[{"@type":"PropertyValue","name":"status","value":</xsl:text><xsl:value-of select="mb:json($pr/@status)"/>
          <xsl:text>},{"@type":"PropertyValue","name":"registered_capital","value":</xsl:text><xsl:value-of select="number($pr/registered_capital)"/>
          <xsl:text>,"unitText":</xsl:text><xsl:value-of select="mb:json($pr/currency)"/>
          <xsl:text>}]}</xsl:text>
        </script>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
