<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /zones/<slug> — one zone. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'zone']" mode="title">
    <xsl:variable name="zone" select="/page/zone"/>
    <xsl:value-of select="mb:pick($zone/name, $zone/name_en)"/>
  </xsl:template>

  <xsl:template match="page[@view = 'zone']" mode="main">
    <xsl:variable name="zone" select="/page/zone"/>
    <p class="crumbs"><a href="{$base}/zones"><xsl:value-of select="mb:t('zones.title')"/></a>
      <xsl:if test="$zone/parent_slug"> › <a href="{$base}/zones/{$zone/parent_slug}"><xsl:value-of select="mb:pick($zone/parent_name, $zone/parent_name_en)"/></a></xsl:if>
    </p>
    <h1>
      <xsl:value-of select="mb:pick($zone/name, $zone/name_en)"/>
      <xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$zone/is_sample"/></xsl:call-template>
    </h1>
    <p class="lead">
      <xsl:value-of select="mb:t(concat('zone.kind.', $zone/@kind))"/>
      <xsl:text> · </xsl:text>
      <xsl:value-of select="mb:t(concat('zone.status.', $zone/@status))"/>
      <xsl:if test="$zone/location"><xsl:text> · </xsl:text><xsl:call-template name="text"><xsl:with-param name="vi" select="$zone/location"/><xsl:with-param name="en" select="$zone/location_en"/></xsl:call-template></xsl:if>
    </p>
    <xsl:call-template name="last-changed">
      <xsl:with-param name="date" select="$zone/follow_up/last_changed"/>
      <xsl:with-param name="href" select="concat($base, '/zones/', $zone/@slug, '/changes')"/>
    </xsl:call-template>
    <div class="cards">
      <section class="card" aria-labelledby="land-h">
        <h2 id="land-h"><xsl:value-of select="mb:t('zone.land')"/></h2>
        <p class="big"><xsl:value-of select="mb:pct($zone/occupancy_pct)"/></p>
        <xsl:call-template name="meter"><xsl:with-param name="value" select="$zone/occupancy_pct"/><xsl:with-param name="label" select="mb:t('zone.occupancy')"/></xsl:call-template>
        <dl class="facts">
          <dt><xsl:value-of select="mb:t('zone.total')"/></dt><dd><xsl:value-of select="mb:ha($zone/total_ha)"/></dd>
          <dt><xsl:value-of select="mb:t('zone.leasable')"/></dt><dd><xsl:value-of select="mb:ha($zone/leasable_ha)"/></dd>
          <dt><xsl:value-of select="mb:t('zone.leased')"/></dt><dd><xsl:value-of select="mb:ha($zone/leased_ha)"/></dd>
          <dt><xsl:value-of select="mb:t('zone.available')"/></dt><dd><xsl:value-of select="mb:ha($zone/available_ha)"/></dd>
        </dl>
        <p class="note"><xsl:value-of select="mb:t('zone.occupancy.rule')"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('home.occupancy.asof')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date($zone/occupancy_as_of)"/>.<xsl:call-template name="stale-mark"><xsl:with-param name="flag" select="$zone/occupancy_stale"/></xsl:call-template></p>
      </section>
      <section class="card" aria-labelledby="who-h">
        <h2 id="who-h"><xsl:value-of select="mb:t('zone.contact')"/></h2>
        <dl class="facts wide">
          <xsl:if test="$zone/developer"><dt><xsl:value-of select="mb:t('zone.developer')"/></dt><dd><xsl:value-of select="$zone/developer"/></dd></xsl:if>
          <dt><xsl:value-of select="mb:t('zones.filter.board')"/></dt>
          <dd><xsl:value-of select="mb:pick($zone/board_name, $zone/board_name_en)"/></dd>
          <xsl:if test="$zone/board_phone"><dt><xsl:value-of select="mb:t('zone.phone')"/></dt><dd><a href="tel:{translate($zone/board_phone, ' .', '')}"><xsl:value-of select="$zone/board_phone"/></a></dd></xsl:if>
          <xsl:if test="$zone/board_email"><dt><xsl:value-of select="mb:t('zone.email')"/></dt><dd><a href="mailto:{$zone/board_email}"><xsl:value-of select="$zone/board_email"/></a></dd></xsl:if>
          <xsl:if test="$zone/contact"><dt><xsl:value-of select="mb:t('zone.contact')"/></dt><dd><xsl:call-template name="text"><xsl:with-param name="vi" select="$zone/contact"/><xsl:with-param name="en" select="$zone/contact_en"/></xsl:call-template></dd></xsl:if>
          <xsl:if test="$zone/established_on"><dt><xsl:value-of select="mb:t('zone.established')"/></dt><dd><xsl:value-of select="mb:date($zone/established_on)"/></dd></xsl:if>
          <xsl:if test="$zone/latitude"><dt><xsl:value-of select="mb:t('zone.coordinates')"/></dt><dd><xsl:value-of select="$zone/latitude"/>, <xsl:value-of select="$zone/longitude"/></dd></xsl:if>
        </dl>
      </section>
    </div>

    <xsl:if test="$zone/children/child">
      <section aria-labelledby="kids-h">
        <h2 id="kids-h"><xsl:value-of select="mb:t('zone.children')"/></h2>
        <ul>
          <xsl:for-each select="$zone/children/child">
            <li><a href="{$base}/zones/{@slug}"><xsl:value-of select="mb:pick(name, name_en)"/></a>
              — <xsl:value-of select="mb:pct(occupancy_pct)"/>,
              <xsl:value-of select="mb:t('zone.available')"/><xsl:text> </xsl:text><xsl:value-of select="mb:ha(available_ha)"/></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>

    <xsl:if test="$zone/history/snapshot">
      <section aria-labelledby="hist-h">
        <h2 id="hist-h"><xsl:value-of select="mb:t('zone.history')"/></h2>
        <div class="chart-pair">
          <xsl:call-template name="line-chart">
            <xsl:with-param name="points" select="$zone/history/snapshot"/>
            <xsl:with-param name="x" select="'as_of'"/>
            <xsl:with-param name="y" select="'occupancy_pct'"/>
            <xsl:with-param name="title" select="concat(mb:t('zone.history'), ' (%)')"/>
            <xsl:with-param name="id" select="'occ'"/>
          </xsl:call-template>
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
          <table class="data stack">
            <caption><xsl:value-of select="mb:t('zone.history.table')"/></caption>
            <thead><tr><th scope="col"><xsl:value-of select="mb:t('common.date')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('zone.leased')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('zone.leasable')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('zone.occupancy')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$zone/history/snapshot">
                <tr><th scope="row"><xsl:value-of select="mb:date(as_of)"/></th>
                  <td class="num" data-label="{mb:t('zone.leased')}"><xsl:value-of select="mb:ha(leased_ha)"/></td>
                  <td class="num" data-label="{mb:t('zone.leasable')}"><xsl:value-of select="mb:ha(leasable_ha)"/></td>
                  <td class="num" data-label="{mb:t('zone.occupancy')}"><xsl:value-of select="mb:pct(occupancy_pct)"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table>
          </div>
        </div>
      </section>
    </xsl:if>

    <section aria-labelledby="proj-h">
      <h2 id="proj-h"><xsl:value-of select="mb:t('zone.projects.heading')"/></h2>
      <xsl:if test="$zone/children/child">
        <p class="note"><xsl:value-of select="mb:t('zone.projects.scope')"/><xsl:text> </xsl:text><xsl:value-of select="mb:count(sum($zone/statuses/status/own_projects))"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('zone.projects.own')"/>.</p>
      </xsl:if>
      <ul class="status-counts">
        <xsl:for-each select="$zone/statuses/status">
          <li class="status-{@status}"><a href="{$base}/projects?zone={$zone/@slug}&amp;status={@status}"><span class="count"><xsl:value-of select="mb:count(projects)"/></span><span class="label"><xsl:value-of select="mb:t(concat('status.', @status))"/></span></a><xsl:call-template name="sample-mark"/></li>
        </xsl:for-each>
        <xsl:call-template name="overdue-count">
          <xsl:with-param name="count" select="$zone/follow_up/overdue"/>
          <xsl:with-param name="sample" select="$zone/follow_up/overdue_sample"/>
          <xsl:with-param name="href" select="concat($base, '/projects?zone=', $zone/@slug, '&amp;overdue=1')"/>
        </xsl:call-template>
      </ul>
      <xsl:for-each select="$zone/statuses/status">
        <xsl:variable name="s" select="@status"/>
        <h3 id="status-{$s}"><xsl:value-of select="mb:t(concat('status.', $s))"/> (<xsl:value-of select="mb:count(projects)"/>)<xsl:call-template name="sample-mark"/></h3>
        <ul class="project-list">
          <xsl:for-each select="$zone/projects/project[@status = $s]">
            <li><a href="{$base}/projects/{@id}"><xsl:value-of select="mb:pick(name, name_en)"/></a>
              <xsl:call-template name="sample-mark"/>
              <xsl:call-template name="project-marks"/>
              <xsl:if test="zone_slug != $zone/@slug"><small> (<xsl:value-of select="mb:t('zone.projects.in')"/><xsl:text> </xsl:text><a href="{$base}/zones/{zone_slug}"><xsl:value-of select="mb:pick(zone_name, zone_name_en)"/></a>)</small></xsl:if>
              <small> — <xsl:value-of select="investor"/> (<xsl:value-of select="country"/>), <xsl:value-of select="mb:t('project.since')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date(status_since)"/></small></li>
          </xsl:for-each>
        </ul>
        <xsl:if test="projects &gt; $zone/projects/@per_status">
          <p><a href="{$base}/projects?zone={$zone/@slug}&amp;status={$s}"><xsl:value-of select="mb:t('zone.projects.all')"/> (<xsl:value-of select="projects"/>)</a></p>
        </xsl:if>
      </xsl:for-each>
    </section>
    <xsl:call-template name="zone-announcements"/>
    <p><a href="{$base}/zones/{$zone/@slug}/changes"><xsl:value-of select="mb:t('record.history')"/></a></p>
  </xsl:template>
</xsl:stylesheet>
