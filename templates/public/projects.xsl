<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /projects — the project registry: filters, search, sort, pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'projects']" mode="title">
    <xsl:variable name="filter" select="/page/projects/filter"/>
    <xsl:choose>
      <xsl:when test="$filter/@status"><xsl:value-of select="mb:t(concat('projects.title.', $filter/@status))"/></xsl:when>
      <xsl:when test="$filter/@overdue = '1'"><xsl:value-of select="mb:t('projects.overdue.yes')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="mb:t('projects.title')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@view = 'projects']" mode="main">
    <xsl:variable name="registry" select="/page/projects"/>
    <xsl:variable name="filter" select="$registry/filter"/>
    <!-- the filters as a query string, and with an & ready for more; the sort likewise -->
    <xsl:variable name="filters" select="$registry/@query"/>
    <xsl:variable name="filters-and"><xsl:if test="$filters != ''"><xsl:value-of select="$filters"/>&amp;</xsl:if></xsl:variable>
    <xsl:variable name="sort-and"><xsl:if test="$filter/@sort != 'name'">sort=<xsl:value-of select="$filter/@sort"/>&amp;</xsl:if></xsl:variable>
    <h1><xsl:apply-templates select="/page" mode="title"/></h1>
    <p class="shortcuts">
      <a href="{$base}/projects?status=approved"><xsl:value-of select="mb:t('projects.title.approved')"/></a>
      <a href="{$base}/projects?status=delayed"><xsl:value-of select="mb:t('projects.title.delayed')"/></a>
      <a href="{$base}/projects?status=revoked"><xsl:value-of select="mb:t('projects.title.revoked')"/></a>
      <a href="{$base}/projects"><xsl:value-of select="mb:t('projects.all')"/></a>
    </p>
    <form class="filters" method="get" action="{$base}/projects" role="search">
      <div class="wide">
        <label for="f-q"><xsl:value-of select="mb:t('projects.search')"/></label>
        <input id="f-q" name="q" type="search" value="{$filter/@q}" maxlength="100" placeholder="{mb:t('projects.search.hint')}"/>
      </div>
      <div>
        <label for="f-zone"><xsl:value-of select="mb:t('project.zone')"/></label>
        <select id="f-zone" name="zone">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$registry/facets/option[@facet = 'zone']">
            <option value="{@value}"><xsl:if test="$filter/@zone = @value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(label, label_en)"/></option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <label for="f-board"><xsl:value-of select="mb:t('projects.board')"/></label>
        <select id="f-board" name="board">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$registry/facets/option[@facet = 'board']">
            <option value="{@value}"><xsl:if test="$filter/@board = @value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(label, label_en)"/></option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <label for="f-status"><xsl:value-of select="mb:t('project.status')"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'project_status'"/><xsl:with-param name="cur" select="$filter/@status"/></xsl:call-template>
        </select>
      </div>
      <div>
        <label for="f-country"><xsl:value-of select="mb:t('project.country')"/></label>
        <select id="f-country" name="country">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$registry/facets/option[@facet = 'country']">
            <option value="{@value}"><xsl:if test="$filter/@country = @value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(label, label_en)"/></option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <label for="f-sector"><xsl:value-of select="mb:t('project.sector')"/></label>
        <select id="f-sector" name="sector">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$registry/facets/option[@facet = 'sector']">
            <option value="{@value}"><xsl:if test="$filter/@sector = @value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(label, label_en)"/></option>
          </xsl:for-each>
        </select>
      </div>
      <div>
        <label for="f-auth"><xsl:value-of select="mb:t('project.authority')"/></label>
        <select id="f-auth" name="authority">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'authority'"/><xsl:with-param name="cur" select="$filter/@authority"/></xsl:call-template>
        </select>
      </div>
      <div>
        <label for="f-min"><xsl:value-of select="mb:t('projects.min_capital')"/></label>
        <input id="f-min" name="min_capital" type="text" inputmode="decimal" pattern="[0-9]+([.,][0-9]+)?" value="{$filter/@min_capital}"/>
      </div>
      <div>
        <label for="f-max"><xsl:value-of select="mb:t('projects.max_capital')"/></label>
        <input id="f-max" name="max_capital" type="text" inputmode="decimal" pattern="[0-9]+([.,][0-9]+)?" value="{$filter/@max_capital}"/>
      </div>
      <div>
        <label for="f-year"><xsl:value-of select="mb:t('projects.year')"/></label>
        <input id="f-year" name="year" type="number" min="1990" max="2100" inputmode="numeric" value="{$filter/@year}"/>
      </div>
      <div>
        <label for="f-overdue"><xsl:value-of select="mb:t('projects.overdue')"/></label>
        <select id="f-overdue" name="overdue">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <option value="1"><xsl:if test="$filter/@overdue = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t('projects.overdue.yes')"/></option>
          <option value="0"><xsl:if test="$filter/@overdue = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t('projects.overdue.no')"/></option>
        </select>
      </div>
      <div>
        <label for="f-sort"><xsl:value-of select="mb:t('projects.sort')"/></label>
        <select id="f-sort" name="sort">
          <xsl:call-template name="vocab-options"><xsl:with-param name="vocab" select="'sort'"/><xsl:with-param name="cur" select="$filter/@sort"/></xsl:call-template>
        </select>
      </div>
      <div class="actions"><button type="submit"><xsl:value-of select="mb:t('common.filter')"/></button></div>
    </form>

    <xsl:variable name="total" select="$registry/total/total"/>
    <!-- a search's count that stopped (total/@more_than): "hơn 1.000", no sum, no last page -->
    <xsl:variable name="more-than" select="$registry/total/@more_than"/>
    <xsl:variable name="total-text">
      <xsl:choose>
        <xsl:when test="$more-than"><xsl:value-of select="mb:t('projects.more_than')"/><xsl:text> </xsl:text><xsl:value-of select="mb:count($more-than)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="mb:count($total)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p class="count" role="status">
      <xsl:value-of select="mb:t('projects.count')"/>: <strong><xsl:value-of select="$total-text"/></strong>
      <xsl:if test="$more-than">
        <xsl:text> · </xsl:text><xsl:value-of select="mb:t('pager.page')"/><xsl:text> </xsl:text><xsl:value-of select="$registry/@page"/>
      </xsl:if>
      <xsl:if test="$total &gt; 0">
        <xsl:text> · </xsl:text><xsl:value-of select="mb:t('projects.capital_total')"/><xsl:text> </xsl:text>
        <xsl:value-of select="mb:musd($registry/total/registered_usd)"/>
        <xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$registry/total/is_sample"/></xsl:call-template>
        <xsl:text> · </xsl:text><xsl:value-of select="mb:t('pager.page')"/><xsl:text> </xsl:text><xsl:value-of select="$registry/@page"/>/<xsl:value-of select="ceiling($total div $registry/@per_page)"/>
      </xsl:if>
    </p>
    <xsl:choose>
      <xsl:when test="$registry/project">
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
          <table class="data stack">
            <caption><xsl:value-of select="mb:t('projects.caption')"/></caption>
            <thead><tr>
              <th scope="col"><xsl:value-of select="mb:t('project.name')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.status')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.zone')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.investor')"/></th>
              <th scope="col" class="num"><xsl:value-of select="mb:t('project.capital_musd')"/></th>
              <th scope="col" class="num"><xsl:value-of select="mb:t('project.approved_on')"/></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="$registry/project">
                <tr>
                  <th scope="row"><a href="{$base}/projects/{@id}"><xsl:value-of select="mb:pick(name, name_en)"/></a><xsl:call-template name="sample-mark"/></th>
                  <td data-label="{mb:t('project.status')}"><span class="status status-{@status}"><xsl:value-of select="mb:t(concat('status.', @status))"/></span>
                    <xsl:call-template name="project-marks"/></td>
                  <td data-label="{mb:t('project.zone')}"><a href="{$base}/zones/{zone_slug}"><xsl:value-of select="mb:pick(zone_name, zone_name_en)"/></a></td>
                  <td data-label="{mb:t('project.investor')}"><xsl:value-of select="investor"/> <small> (<xsl:value-of select="country"/>)</small></td>
                  <td class="num" data-label="{mb:t('project.capital_musd')}"><xsl:value-of select="mb:musd(registered_usd, false())"/></td>
                  <td class="num" data-label="{mb:t('project.approved_on')}"><xsl:value-of select="mb:date(approved_on)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <nav class="pager" aria-label="{mb:t('pager.label')}">
          <!-- where this page is in the list: "Dự án 51–100 trong tổng số 243" -->
          <xsl:variable name="from" select="($registry/@page - 1) * $registry/@per_page + 1"/>
          <p class="position"><xsl:value-of select="mb:t('pager.projects')"/><xsl:text> </xsl:text>
            <xsl:value-of select="mb:count($from)"/>–<xsl:value-of select="mb:count($from + count($registry/project) - 1)"/>
            <xsl:text> </xsl:text><xsl:value-of select="mb:t('pager.of')"/><xsl:text> </xsl:text><xsl:value-of select="$total-text"/></p>
          <xsl:if test="$registry/@page &gt; 1">
            <a href="{$base}/projects?{$filters-and}{$sort-and}"><xsl:value-of select="mb:t('pager.first')"/></a>
            <a rel="prev">
              <xsl:attribute name="href"><xsl:value-of select="$base"/>/projects?<xsl:value-of select="$filters-and"/><xsl:value-of select="$sort-and"/><xsl:if test="$registry/@page &gt; 2 and $registry/prev/cursor">page=<xsl:value-of select="$registry/@page - 1"/>&amp;after=<xsl:value-of select="mb:urlencode($registry/prev/cursor/start_key)"/></xsl:if></xsl:attribute>
              <xsl:value-of select="mb:t('pager.prev')"/>
            </a>
          </xsl:if>
          <xsl:if test="$registry/@next">
            <a rel="next" href="{$base}/projects?{$filters-and}{$sort-and}page={$registry/@page + 1}&amp;after={mb:urlencode($registry/@next)}"><xsl:value-of select="mb:t('pager.next')"/></a>
          </xsl:if>
        </nav>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="mb:t('projects.none')"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
