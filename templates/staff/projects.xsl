<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /staff/projects — the projects and zones of the user's boards, with the registry's
     filters and search, and the edit actions beside each. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="l" select="/page/projects"/>
  <xsl:variable name="me" select="/page/user"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.projects')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="mb:t('staff.projects')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('staff.projects.lead')"/></p>
    <form class="filters" method="get" action="{$base}/staff/projects" role="search">
      <div class="field">
        <label for="s-q"><xsl:value-of select="mb:t('projects.search')"/></label>
        <input id="s-q" name="q" type="search" maxlength="100" value="{$l/filters/filter[@name = 'q']}"/>
      </div>
      <xsl:call-template name="choose"><xsl:with-param name="name" select="'zone'"/><xsl:with-param name="label" select="'project.zone'"/></xsl:call-template>
      <xsl:call-template name="choose"><xsl:with-param name="name" select="'board'"/><xsl:with-param name="label" select="'projects.board'"/></xsl:call-template>
      <div class="field">
        <label for="s-status"><xsl:value-of select="mb:t('project.status')"/></label>
        <select id="s-status" name="status">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$l/vocab[@name = 'status']/v">
            <option value="{.}"><xsl:if test=". = $l/filters/filter[@name = 'status']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t(concat('status.', .))"/></option>
          </xsl:for-each>
        </select>
      </div>
      <xsl:call-template name="choose"><xsl:with-param name="name" select="'sector'"/><xsl:with-param name="label" select="'project.sector'"/></xsl:call-template>
      <xsl:call-template name="choose"><xsl:with-param name="name" select="'country'"/><xsl:with-param name="label" select="'project.country'"/></xsl:call-template>
      <div class="field">
        <label for="s-authority"><xsl:value-of select="mb:t('project.authority')"/></label>
        <select id="s-authority" name="authority">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$l/vocab[@name = 'authority']/v">
            <option value="{.}"><xsl:if test=". = $l/filters/filter[@name = 'authority']"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t(concat('choice.authority.', .))"/></option>
          </xsl:for-each>
        </select>
      </div>
      <div class="field">
        <label for="s-overdue"><xsl:value-of select="mb:t('projects.overdue')"/></label>
        <select id="s-overdue" name="overdue">
          <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <option value="1"><xsl:if test="$l/filters/filter[@name = 'overdue'] = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t('projects.overdue.yes')"/></option>
          <option value="0"><xsl:if test="$l/filters/filter[@name = 'overdue'] = '0'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:t('projects.overdue.no')"/></option>
        </select>
      </div>
      <div class="field">
        <label for="s-year"><xsl:value-of select="mb:t('projects.year')"/></label>
        <input id="s-year" name="year" inputmode="numeric" size="4" value="{$l/filters/filter[@name = 'year']}"/>
      </div>
      <div class="field">
        <label for="s-min"><xsl:value-of select="mb:t('projects.min_capital')"/></label>
        <input id="s-min" name="min_capital" inputmode="decimal" size="6" value="{$l/filters/filter[@name = 'min_capital']}"/>
      </div>
      <div class="field">
        <label for="s-max"><xsl:value-of select="mb:t('projects.max_capital')"/></label>
        <input id="s-max" name="max_capital" inputmode="decimal" size="6" value="{$l/filters/filter[@name = 'max_capital']}"/>
      </div>
      <div class="actions"><button type="submit"><xsl:value-of select="mb:t('common.filter')"/></button></div>
    </form>

    <xsl:if test="$l/zones/zone">
      <section aria-labelledby="sz-h">
        <h2 id="sz-h"><xsl:value-of select="mb:t('staff.zones')"/></h2>
        <ul class="staff-zones">
          <xsl:for-each select="$l/zones/zone">
            <xsl:variable name="b" select="@board"/>
            <li><xsl:value-of select="mb:pick(name, name_en)"/> <small> — <xsl:value-of select="board_name"/></small>
              <xsl:if test="$me/role[@board = $b and @role = 'editor']">
                <xsl:text> · </xsl:text><a href="{$base}/staff/zones/{@slug}/edit"><xsl:value-of select="mb:t('staff.edit')"/></a>
              <xsl:text> · </xsl:text><a href="{$base}/staff/zones/{@slug}/facts"><xsl:value-of select="mb:t('staff.edit_facts')"/></a>
              </xsl:if>
              <xsl:text> · </xsl:text><a href="{$base}/staff/projects?zone={@slug}"><xsl:value-of select="mb:t('staff.zone_projects')"/></a>
              <xsl:text> · </xsl:text><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:t('staff.view_public')"/></a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>

    <section aria-labelledby="sp-h">
      <h2 id="sp-h"><xsl:value-of select="mb:t('staff.projects.found')"/>: <span class="count"><xsl:value-of select="$l/@total"/></span></h2>
      <xsl:if test="$l/@total &gt; $l/@max">
        <p class="notice"><xsl:value-of select="mb:t('staff.projects.refine')"/></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$l/project">
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
            <caption><xsl:value-of select="mb:t('staff.projects.caption')"/></caption>
            <thead><tr><th scope="col">#</th><th scope="col"><xsl:value-of select="mb:t('field.name')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.zone')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.investor')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.sector')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('project.status')"/></th>
              <th scope="col"><xsl:value-of select="mb:t('staff.actions')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$l/project">
                <xsl:variable name="b" select="@board"/>
                <tr><td><xsl:value-of select="@id"/></td>
                  <th scope="row"><xsl:value-of select="mb:pick(name, name_en)"/></th>
                  <td><xsl:value-of select="zone_name"/></td>
                  <td><xsl:value-of select="investor"/> (<xsl:value-of select="country"/>)</td>
                  <td><xsl:value-of select="sector_name"/></td>
                  <td><span class="status status-{@status}"><xsl:value-of select="mb:t(concat('status.', @status))"/></span></td>
                  <td class="actions">
                    <xsl:if test="$me/role[@board = $b and @role = 'editor']">
                      <a href="{$base}/staff/projects/{@id}/edit"><xsl:value-of select="mb:t('staff.edit')"/></a>
                      <xsl:text> · </xsl:text><a href="{$base}/staff/projects/{@id}/status"><xsl:value-of select="mb:t('staff.change_status')"/></a>
                      <xsl:text> · </xsl:text><a href="{$base}/staff/projects/{@id}/finding"><xsl:value-of select="mb:t('staff.add.finding')"/></a>
                      <xsl:text> · </xsl:text><a href="{$base}/staff/projects/{@id}/document"><xsl:value-of select="mb:t('staff.add.document')"/></a>
                      <xsl:text> · </xsl:text>
                    </xsl:if>
                    <xsl:if test="open_request"><a href="{$base}/staff/changes/{open_request}"><xsl:value-of select="mb:t('staff.open_request')"/> #<xsl:value-of select="open_request"/></a><xsl:text> · </xsl:text></xsl:if>
                    <a href="{$base}/projects/{@id}"><xsl:value-of select="mb:t('staff.view_public')"/></a>
                  </td></tr>
              </xsl:for-each>
            </tbody>
          </table></div>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('projects.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- A filter whose choices the database holds (facets): zone, board, sector, country. -->
  <xsl:template name="choose">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:variable name="v" select="$l/filters/filter[@name = $name]"/>
    <div class="field">
      <label for="s-{$name}"><xsl:value-of select="mb:t($label)"/></label>
      <select id="s-{$name}" name="{$name}">
        <option value=""><xsl:value-of select="mb:t('common.all')"/></option>
        <xsl:for-each select="$l/facets/facet[@facet = $name]">
          <option value="{@value}"><xsl:if test="@value = $v"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(label, label_en)"/></option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>
</xsl:stylesheet>
