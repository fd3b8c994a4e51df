<?xml version="1.0" encoding="UTF-8"?>
<!-- Inline SVG line charts drawn by the template itself: no chart library, no JavaScript.
     Every chart has a title for screen readers and a data table beside it on the page.
     The SVG has no viewBox: x is in percent of its width and y in pixels, so its text is
     drawn at the stylesheet's size at every width instead of shrinking with the chart. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" xmlns:svg="http://www.w3.org/2000/svg" exclude-result-prefixes="mb svg">

  <!-- points: the nodes to plot; x, y: names of the attribute or child holding the label and
       the value; lo, hi: the value axis; fit: instead, an axis from a rounded value below the
       smallest value to one above the largest (a fifth of a step away at least), kept
       within [lo, hi], so that a score moving
       between 60 and 75 shows its trend; whole: ticks on whole numbers (ranks); invert: draw
       lo at the top (ranks); id: unique. -->
  <xsl:template name="line-chart">
    <xsl:param name="points"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="lo" select="0"/>
    <xsl:param name="hi" select="100"/>
    <xsl:param name="fit" select="false()"/>
    <xsl:param name="whole" select="false()"/>
    <xsl:param name="invert" select="false()"/>
    <xsl:param name="title"/>
    <xsl:param name="id"/>
    <xsl:param name="decimals" select="1"/>
    <xsl:variable name="n" select="count($points)"/>
    <xsl:variable name="values" select="$points/@*[name() = $y] | $points/*[name() = $y]"/>
    <xsl:variable name="min" select="number($values[not(number(.) &gt; $values)][1])"/>
    <xsl:variable name="max" select="number($values[not(number(.) &lt; $values)][1])"/>
    <!-- the tick step: the first of 1, 2, 5 times a power of ten giving at most 4 intervals -->
    <xsl:variable name="raw">
      <xsl:choose>
        <xsl:when test="$fit"><xsl:value-of select="($max - $min) div 4"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="($hi - $lo) div 4"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="step">
      <xsl:choose>
        <xsl:when test="$whole and $raw &lt;= 1">1</xsl:when>
        <xsl:when test="$raw &lt;= 0.25">0.25</xsl:when>
        <xsl:when test="$raw &lt;= 0.5">0.5</xsl:when>
        <xsl:when test="$raw &lt;= 1">1</xsl:when>
        <xsl:when test="$raw &lt;= 2">2</xsl:when>
        <xsl:when test="$raw &lt;= 5">5</xsl:when>
        <xsl:when test="$raw &lt;= 10">10</xsl:when>
        <xsl:when test="$raw &lt;= 20">20</xsl:when>
        <xsl:when test="$raw &lt;= 25">25</xsl:when>
        <xsl:when test="$raw &lt;= 50">50</xsl:when>
        <xsl:when test="$raw &lt;= 100">100</xsl:when>
        <xsl:otherwise><xsl:value-of select="ceiling($raw div 100) * 100"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="a-lo">
      <xsl:choose>
        <xsl:when test="not($fit) or $n = 0"><xsl:value-of select="$lo"/></xsl:when>
        <xsl:when test="floor(($min - $step * 0.2) div $step) * $step &lt; $lo"><xsl:value-of select="$lo"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="floor(($min - $step * 0.2) div $step) * $step"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="a-hi">
      <xsl:choose>
        <xsl:when test="not($fit) or $n = 0"><xsl:value-of select="$hi"/></xsl:when>
        <xsl:when test="ceiling(($max + $step * 0.2) div $step) * $step &gt; $hi"><xsl:value-of select="$hi"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="ceiling(($max + $step * 0.2) div $step) * $step"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="span">
      <xsl:choose><xsl:when test="$a-hi &gt; $a-lo"><xsl:value-of select="$a-hi - $a-lo"/></xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <!-- x from 18 % to 90 % of the width; a label every k points, so that labels of this
         length (7 px a character at 13 px) do not overlap in a 288 px wide chart (a 320 px
         screen): the table beside the chart has every value -->
    <xsl:variable name="gap">
      <xsl:choose><xsl:when test="$n &gt; 1"><xsl:value-of select="72 div ($n - 1)"/></xsl:when><xsl:otherwise>0</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:variable name="chars" select="string-length(substring(($points/@*[name() = $x] | $points/*[name() = $x])[1], 1, 7))"/>
    <xsl:variable name="k">
      <xsl:choose>
        <xsl:when test="$n &gt; 1"><xsl:value-of select="ceiling(($chars * 7 + 4) * ($n - 1) div (0.72 * 288))"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <figure class="chart">
      <figcaption aria-hidden="true"><xsl:value-of select="$title"/></figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" width="100%" height="230" role="img" aria-labelledby="{$id}-t" focusable="false">
        <title id="{$id}-t"><xsl:value-of select="$title"/></title>
        <g aria-hidden="true">
          <xsl:call-template name="chart-ticks">
            <xsl:with-param name="v" select="$a-lo"/>
            <xsl:with-param name="lo" select="$a-lo"/>
            <xsl:with-param name="hi" select="$a-hi"/>
            <xsl:with-param name="step" select="$step"/>
            <xsl:with-param name="span" select="$span"/>
            <xsl:with-param name="invert" select="$invert"/>
          </xsl:call-template>
        </g>
        <xsl:for-each select="$points">
          <xsl:variable name="i" select="position()"/>
          <xsl:variable name="cx" select="format-number(18 + ($i - 1) * $gap + 36 * ($n = 1), '0.##')"/>
          <xsl:variable name="cy">
            <xsl:call-template name="chart-y">
              <xsl:with-param name="v" select="(@*[name() = $y] | *[name() = $y])[1]"/>
              <xsl:with-param name="lo" select="$a-lo"/>
              <xsl:with-param name="span" select="$span"/>
              <xsl:with-param name="invert" select="$invert"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:if test="$i &gt; 1">
            <xsl:variable name="py">
              <xsl:call-template name="chart-y">
                <xsl:with-param name="v" select="($points[$i - 1]/@*[name() = $y] | $points[$i - 1]/*[name() = $y])[1]"/>
                <xsl:with-param name="lo" select="$a-lo"/>
                <xsl:with-param name="span" select="$span"/>
                <xsl:with-param name="invert" select="$invert"/>
              </xsl:call-template>
            </xsl:variable>
            <line class="line" x1="{format-number(18 + ($i - 2) * $gap, '0.##')}%" y1="{$py}" x2="{$cx}%" y2="{$cy}"/>
          </xsl:if>
        </xsl:for-each>
        <xsl:for-each select="$points">
          <xsl:variable name="i" select="position()"/>
          <xsl:variable name="cx" select="format-number(18 + ($i - 1) * $gap + 36 * ($n = 1), '0.##')"/>
          <xsl:variable name="v" select="number((@*[name() = $y] | *[name() = $y])[1])"/>
          <xsl:variable name="cy">
            <xsl:call-template name="chart-y">
              <xsl:with-param name="v" select="$v"/>
              <xsl:with-param name="lo" select="$a-lo"/>
              <xsl:with-param name="span" select="$span"/>
              <xsl:with-param name="invert" select="$invert"/>
            </xsl:call-template>
          </xsl:variable>
          <circle class="dot" cx="{$cx}%" cy="{$cy}" r="4"/>
          <xsl:if test="($n - $i) mod $k = 0">
            <text class="value" x="{$cx}%" y="{$cy - 9}" text-anchor="middle" aria-hidden="true"><xsl:value-of select="mb:num($v, $decimals)"/></text>
            <text class="label" x="{$cx}%" y="216" text-anchor="middle" aria-hidden="true"><xsl:value-of select="substring((@*[name() = $x] | *[name() = $x])[1], 1, 7)"/></text>
          </xsl:if>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>

  <!-- The y of value v: 190 px for lo, 20 px for lo + span (reversed when invert). -->
  <xsl:template name="chart-y">
    <xsl:param name="v"/>
    <xsl:param name="lo"/>
    <xsl:param name="span"/>
    <xsl:param name="invert"/>
    <xsl:variable name="frac" select="(number($v) - $lo) div $span"/>
    <xsl:choose>
      <xsl:when test="$invert"><xsl:value-of select="format-number(20 + $frac * 170, '0.#')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number(190 - $frac * 170, '0.#')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A grid line and a label for each tick from v to hi, step by step. -->
  <xsl:template name="chart-ticks">
    <xsl:param name="v"/>
    <xsl:param name="lo"/>
    <xsl:param name="hi"/>
    <xsl:param name="step"/>
    <xsl:param name="span"/>
    <xsl:param name="invert"/>
    <xsl:variable name="ty">
      <xsl:call-template name="chart-y">
        <xsl:with-param name="v" select="$v"/>
        <xsl:with-param name="lo" select="$lo"/>
        <xsl:with-param name="span" select="$span"/>
        <xsl:with-param name="invert" select="$invert"/>
      </xsl:call-template>
    </xsl:variable>
    <line xmlns="http://www.w3.org/2000/svg" class="grid" x1="13%" y1="{$ty}" x2="92%" y2="{$ty}"/>
    <text xmlns="http://www.w3.org/2000/svg" class="tick" x="12%" y="{$ty + 4}" text-anchor="end"><xsl:value-of select="mb:num($v, ($step &lt; 1) + ($step = 0.25))"/></text>
    <!-- ranks start at 1: the next tick is the next multiple of the step -->
    <xsl:variable name="next" select="(floor($v div $step) + 1) * $step"/>
    <xsl:if test="$next &lt;= $hi + $step div 1000 and $next &gt; $v">
      <xsl:call-template name="chart-ticks">
        <xsl:with-param name="v" select="round($next * 100) div 100"/>
        <xsl:with-param name="lo" select="$lo"/>
        <xsl:with-param name="hi" select="$hi"/>
        <xsl:with-param name="step" select="$step"/>
        <xsl:with-param name="span" select="$span"/>
        <xsl:with-param name="invert" select="$invert"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
