<?xml version="1.0" encoding="UTF-8"?>
<!-- Inline SVG line charts drawn by the template itself: no chart library, no JavaScript.
     Every chart has a title for screen readers and a data table beside it on the page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" xmlns:svg="http://www.w3.org/2000/svg" exclude-result-prefixes="mb svg">

  <!-- points: the nodes to plot; x, y: names of the attribute or child holding the label and
       the value; lo, hi: the value axis; invert: draw lo at the top (ranks); id: unique. -->
  <xsl:template name="line-chart">
    <xsl:param name="points"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="lo" select="0"/>
    <xsl:param name="hi" select="100"/>
    <xsl:param name="invert" select="false()"/>
    <xsl:param name="title"/>
    <xsl:param name="id"/>
    <xsl:param name="decimals" select="1"/>
    <xsl:variable name="n" select="count($points)"/>
    <xsl:variable name="span">
      <xsl:choose><xsl:when test="$hi &gt; $lo"><xsl:value-of select="$hi - $lo"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:variable name="step">
      <xsl:choose><xsl:when test="$n &gt; 1"><xsl:value-of select="520 div ($n - 1)"/></xsl:when><xsl:otherwise>0</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <figure class="chart">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 230" role="img" aria-labelledby="{$id}-t" focusable="false">
        <title id="{$id}-t"><xsl:value-of select="$title"/></title>
        <g class="grid">
          <line x1="50" y1="20" x2="580" y2="20"/>
          <line x1="50" y1="105" x2="580" y2="105"/>
          <line x1="50" y1="190" x2="580" y2="190"/>
        </g>
        <g class="axis" aria-hidden="true">
          <text x="44" y="24" text-anchor="end"><xsl:value-of select="mb:num(($invert) * $lo + (not($invert)) * $hi, 0)"/></text>
          <text x="44" y="194" text-anchor="end"><xsl:value-of select="mb:num(($invert) * $hi + (not($invert)) * $lo, 0)"/></text>
        </g>
        <polyline class="line" fill="none">
          <xsl:attribute name="points">
            <xsl:for-each select="$points">
              <xsl:variable name="v" select="number((@*[name() = $y] | *[name() = $y])[1])"/>
              <xsl:variable name="frac" select="($v - $lo) div $span"/>
              <xsl:value-of select="format-number(60 + (position() - 1) * $step, '0.#')"/>
              <xsl:text>,</xsl:text>
              <xsl:choose>
                <xsl:when test="$invert"><xsl:value-of select="format-number(20 + $frac * 170, '0.#')"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="format-number(190 - $frac * 170, '0.#')"/></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
            </xsl:for-each>
          </xsl:attribute>
        </polyline>
        <xsl:for-each select="$points">
          <xsl:variable name="v" select="number((@*[name() = $y] | *[name() = $y])[1])"/>
          <xsl:variable name="frac" select="($v - $lo) div $span"/>
          <xsl:variable name="cx" select="format-number(60 + (position() - 1) * $step, '0.#')"/>
          <xsl:variable name="cy">
            <xsl:choose>
              <xsl:when test="$invert"><xsl:value-of select="format-number(20 + $frac * 170, '0.#')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="format-number(190 - $frac * 170, '0.#')"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <circle class="dot" cx="{$cx}" cy="{$cy}" r="4"/>
          <text class="value" x="{$cx}" y="{$cy - 9}" text-anchor="middle" aria-hidden="true"><xsl:value-of select="mb:num($v, $decimals)"/></text>
          <text class="label" x="{$cx}" y="214" text-anchor="middle" aria-hidden="true"><xsl:value-of select="substring((@*[name() = $x] | *[name() = $x])[1], 1, 7)"/></text>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>
</xsl:stylesheet>
