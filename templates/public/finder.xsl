<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /finder — zones with land available for investors, and a side-by-side comparison. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'finder']" mode="title"><xsl:value-of select="mb:t('finder.title')"/></xsl:template>

  <xsl:template match="page[@view = 'finder']" mode="main">
    <xsl:variable name="finder" select="/page/finder"/>
    <h1><xsl:value-of select="mb:t('finder.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('finder.lead')"/></p>
    <xsl:if test="count($finder/selected) &gt; $finder/@compare_max">
      <p class="notice" role="status">
        <xsl:value-of select="mb:t('finder.compare.limit')"/>
        <xsl:text> </xsl:text>
        <xsl:for-each select="$finder/selected[position() &gt; $finder/@compare_max]">
          <xsl:variable name="s" select="."/>
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <strong><xsl:choose>
            <xsl:when test="$finder/zone[@slug = $s]"><xsl:value-of select="mb:pick($finder/zone[@slug = $s]/name, $finder/zone[@slug = $s]/name_en)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
          </xsl:choose></strong>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:if test="$finder/compare/zone">
      <section aria-labelledby="cmp-h">
        <xsl:choose>
          <!-- one zone: its card, not a one-column table -->
          <xsl:when test="count($finder/compare/zone) = 1">
            <xsl:for-each select="$finder/compare/zone">
              <div class="card zone-card">
                <h2 id="cmp-h"><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:pick(name, name_en)"/></a><xsl:call-template name="sample-mark"/></h2>
                <dl class="facts wide"><xsl:call-template name="compare-rows"/></dl>
                <p class="hint"><xsl:value-of select="mb:t('finder.compare.one')"/></p>
              </div>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <h2 id="cmp-h"><xsl:value-of select="mb:t('finder.compare')"/></h2>
            <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data compare stack">
              <caption><xsl:value-of select="mb:t('finder.compare.caption')"/></caption>
              <thead><tr><th scope="col"><xsl:value-of select="mb:t('finder.criterion')"/></th>
                <xsl:for-each select="$finder/compare/zone"><th scope="col"><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:pick(name, name_en)"/></a><xsl:call-template name="sample-mark"/></th></xsl:for-each></tr></thead>
              <tbody><xsl:call-template name="compare-rows"/></tbody>
            </table></div>
          </xsl:otherwise>
        </xsl:choose>
      </section>
    </xsl:if>
    <form class="filters" method="get" action="{$base}/finder">
      <div><label for="f-min"><xsl:value-of select="mb:t('zones.filter.min_ha')"/></label>
        <input id="f-min" name="min_ha" type="number" min="0" step="any" inputmode="decimal" value="{$finder/@min_ha}"/></div>
      <div><label for="f-kind"><xsl:value-of select="mb:t('zones.filter.kind')"/></label>
        <select id="f-kind" name="kind"><option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'zone_kind'"/><xsl:with-param name="cur" select="$finder/@kind"/></xsl:call-template>
        </select></div>
      <div class="actions"><button type="submit"><xsl:value-of select="mb:t('finder.search')"/></button></div>
    </form>
    <form method="get" action="{$base}/finder">
      <input type="hidden" name="min_ha" value="{$finder/@min_ha}"/>
      <input type="hidden" name="kind" value="{$finder/@kind}"/>
      <p class="count" role="status"><xsl:value-of select="mb:t('zones.count')"/>: <strong><xsl:value-of select="count($finder/zone)"/></strong>. <xsl:value-of select="mb:t('finder.pick')"/></p>
      <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack">
        <caption><xsl:value-of select="mb:t('finder.caption')"/></caption>
        <thead><tr><th scope="col"><xsl:value-of select="mb:t('finder.compare.col')"/></th><th scope="col"><xsl:value-of select="mb:t('zone.name')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('zone.available')"/></th><th scope="col"><xsl:value-of select="mb:t('zone.occupancy')"/></th><th scope="col"><xsl:value-of select="mb:t('zone.contact')"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$finder/zone">
            <xsl:variable name="s" select="@slug"/>
            <tr><td data-label="{mb:t('finder.compare.col')}"><input type="checkbox" name="compare" value="{@slug}" id="cmp-{@slug}"><xsl:if test="$finder/selected = $s"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>
                <label for="cmp-{@slug}" class="visually-hidden"><xsl:value-of select="mb:t('finder.compare.col')"/>: <xsl:value-of select="name"/></label></td>
              <th scope="row"><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:pick(name, name_en)"/></a><xsl:call-template name="sample-mark"/>
                <br/><small><xsl:value-of select="mb:t(concat('zone.kind.', @kind))"/> · <xsl:call-template name="text"><xsl:with-param name="vi" select="location"/><xsl:with-param name="en" select="location_en"/></xsl:call-template></small></th>
              <td class="num" data-label="{mb:t('zone.available')}"><xsl:value-of select="mb:ha(available_ha)"/></td>
              <td data-label="{mb:t('zone.occupancy')}"><xsl:call-template name="meter"><xsl:with-param name="value" select="occupancy_pct"/><xsl:with-param name="label" select="mb:t('zone.occupancy')"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="mb:pct(occupancy_pct)"/></td>
              <td data-label="{mb:t('zone.contact')}"><xsl:call-template name="contact"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table></div>
      <p><button type="submit"><xsl:value-of select="mb:t('finder.compare.submit')"/></button></p>
    </form>
  </xsl:template>

  <!-- The compared criteria: table rows (one cell per zone), or a card's terms when one
       zone is chosen (the context is then that zone). -->
  <xsl:template name="compare-rows">
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.kind'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.available'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.leasable'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.occupancy'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'finder.operating'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.developer'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'finder.location'"/></xsl:call-template>
    <xsl:call-template name="compare-row"><xsl:with-param name="key" select="'zone.contact'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="compare-row">
    <xsl:param name="key"/>
    <xsl:variable name="zones" select="/page/finder/compare/zone"/>
    <xsl:choose>
      <xsl:when test="count($zones) = 1">
        <dt><xsl:value-of select="mb:t($key)"/></dt>
        <dd><xsl:call-template name="compare-value"><xsl:with-param name="key" select="$key"/></xsl:call-template></dd>
      </xsl:when>
      <xsl:otherwise>
        <tr><th scope="row"><xsl:value-of select="mb:t($key)"/></th>
          <xsl:for-each select="$zones"><td data-label="{mb:pick(name, name_en)}">
            <xsl:if test="contains('zone.available zone.leasable zone.occupancy finder.operating', $key)"><xsl:attribute name="class">num</xsl:attribute></xsl:if>
            <xsl:call-template name="compare-value"><xsl:with-param name="key" select="$key"/></xsl:call-template></td></xsl:for-each></tr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="compare-value">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$key = 'zone.kind'"><xsl:value-of select="mb:t(concat('zone.kind.', @kind))"/></xsl:when>
      <xsl:when test="$key = 'zone.available'"><xsl:value-of select="mb:ha(available_ha)"/></xsl:when>
      <xsl:when test="$key = 'zone.leasable'"><xsl:value-of select="mb:ha(leasable_ha)"/></xsl:when>
      <xsl:when test="$key = 'zone.occupancy'"><xsl:value-of select="mb:pct(occupancy_pct)"/></xsl:when>
      <xsl:when test="$key = 'finder.operating'"><xsl:value-of select="operating"/>/<xsl:value-of select="projects"/></xsl:when>
      <xsl:when test="$key = 'zone.developer'"><xsl:value-of select="developer"/></xsl:when>
      <xsl:when test="$key = 'finder.location'"><xsl:call-template name="text"><xsl:with-param name="vi" select="location"/><xsl:with-param name="en" select="location_en"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="contact"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="contact">
    <xsl:value-of select="mb:pick(board_name, board_name_en)"/>
    <xsl:if test="board_phone"><br/><a href="tel:{translate(board_phone, ' .', '')}"><xsl:value-of select="board_phone"/></a></xsl:if>
    <xsl:if test="board_email"><br/><a href="mailto:{board_email}"><xsl:value-of select="board_email"/></a></xsl:if>
  </xsl:template>
</xsl:stylesheet>
