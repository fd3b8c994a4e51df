<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /zones — the zone directory with its filters. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'zones']" mode="title">
    <xsl:value-of select="mb:t('zones.title')"/>
  </xsl:template>

  <xsl:template match="page[@view = 'zones']" mode="main">
    <xsl:variable name="filter" select="zones/filter"/>
    <h1><xsl:value-of select="mb:t('zones.title')"/></h1>
    <form class="filters" method="get" action="{$base}/zones">
      <div>
        <label for="f-kind"><xsl:value-of select="mb:t('zones.filter.kind')"/></label>
        <select id="f-kind" name="kind">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'zone_kind'"/><xsl:with-param name="cur" select="$filter/@kind"/></xsl:call-template>
        </select>
      </div>
      <div>
        <label for="f-board"><xsl:value-of select="mb:t('zones.filter.board')"/></label>
        <select id="f-board" name="board">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="zones/boards/board">
            <option value="{@slug}">
              <xsl:if test="$filter/@board = @slug"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="mb:pick(name, name_en)"/>
            </option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <label for="f-min"><xsl:value-of select="mb:t('zones.filter.min_ha')"/></label>
        <input id="f-min" name="min_ha" type="number" min="0" step="any" inputmode="decimal" value="{$filter/@min_ha}"/>
      </div>
      <div>
        <label for="f-status"><xsl:value-of select="mb:t('zones.filter.status')"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'zone_status'"/><xsl:with-param name="cur" select="$filter/@status"/></xsl:call-template>
        </select>
      </div>
      <div class="actions">
        <button type="submit"><xsl:value-of select="mb:t('common.filter')"/></button>
      </div>
    </form>
    <p class="count" role="status"><xsl:value-of select="mb:t('zones.count')"/>: <strong><xsl:value-of select="zones/@count"/></strong></p>
    <p class="note"><xsl:value-of select="mb:t('zones.projects.scope')"/></p>
    <xsl:choose>
      <xsl:when test="zones/zone">
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
          <table class="data stack">
            <caption><xsl:value-of select="mb:t('zones.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="mb:t('zone.name')"/></th>
                <th scope="col"><xsl:value-of select="mb:t('zone.kind')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.total')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.leasable')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.leased')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.available')"/></th>
                <th scope="col"><xsl:value-of select="mb:t('zone.occupancy')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.projects')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('zone.overdue')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="zones/zone" mode="zones"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="mb:t('zones.none')"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="zone" mode="zones">
    <tr>
      <th scope="row">
        <a href="{$base}/zones/{@slug}">
          <xsl:value-of select="mb:pick(name, name_en)"/>
        </a>
        <xsl:call-template name="sample-mark"/>
        <xsl:if test="parent_slug">
          <br/><small><xsl:value-of select="mb:t('zone.inside')"/><xsl:text> </xsl:text>
          <xsl:value-of select="mb:pick(parent_name, parent_name_en)"/></small>
        </xsl:if>
        <br/><small><xsl:value-of select="mb:pick(board_name, board_name_en)"/></small>
      </th>
      <td data-label="{mb:t('zone.kind')}"><abbr title="{mb:t(concat('zone.kind.', @kind))}"><xsl:value-of select="mb:t(concat('zone.kind.', @kind, '.abbr'))"/></abbr>
        <br/><small><xsl:value-of select="mb:t(concat('zone.status.', @status))"/></small></td>
      <td class="num" data-label="{mb:t('zone.total')}"><xsl:value-of select="mb:ha(total_ha)"/></td>
      <td class="num" data-label="{mb:t('zone.leasable')}"><xsl:value-of select="mb:ha(leasable_ha)"/></td>
      <td class="num" data-label="{mb:t('zone.leased')}"><xsl:value-of select="mb:ha(leased_ha)"/></td>
      <td class="num" data-label="{mb:t('zone.available')}"><xsl:value-of select="mb:ha(available_ha)"/></td>
      <td data-label="{mb:t('zone.occupancy')}">
        <xsl:call-template name="meter">
          <xsl:with-param name="value" select="occupancy_pct"/>
          <xsl:with-param name="label" select="mb:t('zone.occupancy')"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:value-of select="mb:pct(occupancy_pct)"/>
        <br/><small><xsl:value-of select="mb:date(occupancy_as_of)"/></small><xsl:call-template name="stale-mark"/>
      </td>
      <td class="num" data-label="{mb:t('zone.projects')}"><a href="{$base}/projects?zone={@slug}"><xsl:value-of select="mb:count(projects)"/></a><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="projects_sample"/></xsl:call-template></td>
      <td class="num" data-label="{mb:t('zone.overdue')}"><a href="{$base}/projects?zone={@slug}&amp;overdue=1"><xsl:value-of select="mb:count(overdue)"/></a><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="overdue_sample"/></xsl:call-template></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
