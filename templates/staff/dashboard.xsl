<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /staff/ — the staff start page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.dashboard')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <xsl:variable name="me" select="user"/>
    <h1><xsl:value-of select="mb:t('staff.dashboard')"/></h1>
    <p class="lead"><xsl:value-of select="$me/@name"/>
      <xsl:for-each select="$me/role"> · <xsl:value-of select="mb:t(concat('staff.role.', @role))"/>: <xsl:value-of select="name"/></xsl:for-each>
      <xsl:if test="$me/@admin"> · <xsl:value-of select="mb:t('staff.role.admin')"/></xsl:if></p>

    <section aria-labelledby="rq-h">
      <h2 id="rq-h"><xsl:value-of select="mb:t('staff.requests')"/></h2>
      <xsl:choose>
        <xsl:when test="dashboard/requests/request">
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
            <caption><xsl:value-of select="mb:t('staff.requests.caption')"/></caption>
            <thead><tr><th scope="col">#</th><th scope="col"><xsl:value-of select="mb:t('staff.request.record')"/></th><th scope="col"><xsl:value-of select="mb:t('staff.request.state')"/></th><th scope="col"><xsl:value-of select="mb:t('staff.request.author')"/></th><th scope="col"><xsl:value-of select="mb:t('common.date')"/> (<xsl:call-template name="time-zone"/>)</th></tr></thead>
            <tbody>
              <xsl:for-each select="dashboard/requests/request">
                <tr><td><a href="{$base}/staff/changes/{@id}"><xsl:value-of select="@id"/></a></td>
                  <th scope="row"><a href="{$base}/staff/changes/{@id}"><xsl:value-of select="mb:t(concat('staff.entity.', @entity))"/>: <xsl:value-of select="record_name"/></a></th>
                  <td><span class="state state-{@state}"><xsl:value-of select="mb:t(concat('staff.state.', @state))"/></span></td>
                  <td><xsl:value-of select="author"/></td><td><xsl:value-of select="at"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table></div>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('staff.requests.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="$me/role[@role = 'editor']">
      <section aria-labelledby="ba-h">
        <h2 id="ba-h"><xsl:value-of select="mb:t('staff.board_actions')"/></h2>
        <p><a href="{$base}/staff/import"><xsl:value-of select="mb:t('import.title')"/></a></p>
        <ul>
          <xsl:for-each select="$me/role[@role = 'editor']">
            <li><xsl:value-of select="name"/>:
              <a href="{$base}/staff/boards/{slug}/announcement"><xsl:value-of select="mb:t('staff.edit.title.announcement')"/></a> ·
              <a href="{$base}/staff/boards/{slug}/target"><xsl:value-of select="mb:t('staff.edit.title.target')"/></a> ·
              <a href="{$base}/staff/boards/{slug}/index"><xsl:value-of select="mb:t('staff.edit.title.index')"/></a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>

    <section aria-labelledby="zn-h">
      <h2 id="zn-h"><xsl:value-of select="mb:t('staff.zones')"/></h2>
      <ul class="staff-zones">
        <xsl:for-each select="dashboard/zones/zone">
          <xsl:variable name="b" select="@board"/>
          <li><xsl:value-of select="name"/> <small> — <xsl:value-of select="board_name"/></small>
            <xsl:if test="$me/role[@board = $b and @role = 'editor']">
              <xsl:text> · </xsl:text><a href="{$base}/staff/zones/{@slug}/edit"><xsl:value-of select="mb:t('staff.edit')"/></a>
              <xsl:text> · </xsl:text><a href="{$base}/staff/zones/{@slug}/facts"><xsl:value-of select="mb:t('staff.edit_facts')"/></a>
            </xsl:if>
            <xsl:text> · </xsl:text><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:t('staff.view_public')"/></a></li>
        </xsl:for-each>
      </ul>
      <p class="note"><a href="{$base}/staff/projects"><xsl:value-of select="mb:t('staff.projects.hint')"/></a></p>
    </section>

    <section aria-labelledby="al-h">
      <h2 id="al-h"><xsl:value-of select="mb:t('staff.alerts')"/></h2>
      <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
        <caption><xsl:value-of select="mb:t('staff.alerts.caption')"/></caption>
        <thead><tr><th scope="col"><xsl:value-of select="mb:t('staff.alerts.zone')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('staff.alerts.subscribers')"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="dashboard/alerts/zone">
            <tr><th scope="row"><xsl:choose>
                <xsl:when test="@slug"><xsl:value-of select="name"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="mb:t('staff.alerts.nozone')"/></xsl:otherwise>
              </xsl:choose></th>
              <td class="num" data-slug="{@slug}"><xsl:value-of select="subscribers"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table></div>
    </section>
  </xsl:template>
</xsl:stylesheet>
