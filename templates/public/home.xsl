<?xml version="1.0" encoding="UTF-8"?>
<!-- GET / — the province dashboard. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'home']" mode="title">
    <xsl:value-of select="mb:t('home.title')"/>
  </xsl:template>

  <xsl:template match="page[@view = 'home']" mode="main">
    <h1>
      <xsl:value-of select="mb:t('home.heading')"/>
      <xsl:text> </xsl:text>
      <xsl:value-of select="mb:pick(site/province_name, site/province_name_en)"/>
    </h1>
    <p class="lead"><xsl:value-of select="mb:t('home.lead')"/></p>
    <xsl:apply-templates select="home/occupancy" mode="home"/>
    <xsl:apply-templates select="home/statuses" mode="home"/>
    <xsl:apply-templates select="home/targets" mode="home"/>
    <xsl:apply-templates select="home/indices" mode="home"/>
    <xsl:apply-templates select="home/changes" mode="home"/>
  </xsl:template>

  <xsl:template match="occupancy" mode="home">
    <section aria-labelledby="occ-h">
      <h2 id="occ-h"><xsl:value-of select="mb:t('home.occupancy')"/></h2>
      <div class="cards">
        <xsl:for-each select="kind">
          <article class="card">
            <h3><xsl:value-of select="mb:t(concat('zone.kind.', @kind, '.plural'))"/>
              <xsl:call-template name="sample-mark"/></h3>
            <p class="big"><xsl:value-of select="mb:pct(occupancy_pct)"/></p>
            <xsl:call-template name="meter">
              <xsl:with-param name="value" select="occupancy_pct"/>
              <xsl:with-param name="label" select="mb:t('zone.occupancy')"/>
            </xsl:call-template>
            <dl class="facts">
              <dt><xsl:value-of select="mb:t('zone.leased')"/></dt>
              <dd><xsl:value-of select="mb:ha(leased_ha)"/></dd>
              <dt><xsl:value-of select="mb:t('zone.leasable')"/></dt>
              <dd><xsl:value-of select="mb:ha(leasable_ha)"/></dd>
              <dt><xsl:value-of select="mb:t('zone.available')"/></dt>
              <dd><xsl:value-of select="mb:ha(available_ha)"/></dd>
              <dt><xsl:value-of select="mb:t('zone.count')"/></dt>
              <dd><xsl:value-of select="zones"/></dd>
            </dl>
            <p class="note">
              <xsl:value-of select="mb:t('home.occupancy.rule')"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="mb:t('home.occupancy.asof')"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="mb:date(as_of_max)"/>
              <xsl:text>.</xsl:text>
            </p>
          </article>
        </xsl:for-each>
        <xsl:for-each select="../statements/statement[@scope = 'province_kcn'][1]">
          <article class="card official">
            <h3><xsl:value-of select="mb:t('home.statement')"/><xsl:call-template name="sample-mark"/></h3>
            <p class="big"><xsl:value-of select="mb:pct(rate_pct)"/></p>
            <xsl:call-template name="meter">
              <xsl:with-param name="value" select="rate_pct"/>
              <xsl:with-param name="label" select="mb:t('home.statement')"/>
            </xsl:call-template>
            <p class="note">
              <xsl:value-of select="mb:t('home.statement.asof')"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="mb:date(as_of)"/>
              <xsl:text>. </xsl:text>
              <xsl:value-of select="mb:t('common.source')"/>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="text"><xsl:with-param name="vi" select="source"/><xsl:with-param name="en" select="source_en"/></xsl:call-template>
            </p>
          </article>
        </xsl:for-each>
      </div>
      <p><a href="{$base}/zones"><xsl:value-of select="mb:t('home.all_zones')"/></a></p>
    </section>
  </xsl:template>

  <xsl:template match="statuses" mode="home">
    <section aria-labelledby="st-h">
      <h2 id="st-h"><xsl:value-of select="mb:t('home.statuses')"/></h2>
      <ul class="status-counts">
        <xsl:for-each select="status">
          <li class="status-{@status}">
            <a href="{$base}/projects?status={@status}">
              <span class="count"><xsl:value-of select="mb:count(projects)"/></span>
              <span class="label"><xsl:value-of select="mb:t(concat('status.', @status))"/></span>
            </a>
            <xsl:call-template name="sample-mark"/>
          </li>
        </xsl:for-each>
        <xsl:call-template name="overdue-count">
          <xsl:with-param name="count" select="../overdue/overdue"/>
          <xsl:with-param name="sample" select="../overdue/is_sample"/>
          <xsl:with-param name="href" select="concat($base, '/projects?overdue=1')"/>
        </xsl:call-template>
      </ul>
    </section>
  </xsl:template>

  <xsl:template match="targets" mode="home">
    <section aria-labelledby="tg-h">
      <h2 id="tg-h">
        <xsl:value-of select="mb:t('home.targets')"/>
        <xsl:if test="target">
          <xsl:text> </xsl:text>
          <xsl:value-of select="target[1]/period_label"/>
        </xsl:if>
      </h2>
      <xsl:choose>
        <xsl:when test="target">
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
          <table class="data stack">
            <caption><xsl:value-of select="mb:t('home.targets.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="mb:t('target.metric')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('target.target')"/></th>
                <th scope="col" class="num"><xsl:value-of select="mb:t('target.actual')"/></th>
                <th scope="col"><xsl:value-of select="mb:t('target.progress')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="target">
                <xsl:variable name="pct" select="100 * actual div target_value"/>
                <tr>
                  <th scope="row">
                    <xsl:value-of select="mb:t(concat('target.', @metric))"/>
                    <xsl:if test="zone_name"> (<xsl:value-of select="mb:pick(zone_name, zone_name_en)"/>)</xsl:if>
                    <xsl:call-template name="sample-mark"/>
                  </th>
                  <td class="num" data-label="{mb:t('target.target')}"><xsl:call-template name="target-value"><xsl:with-param name="v" select="target_value"/></xsl:call-template></td>
                  <td class="num" data-label="{mb:t('target.actual')}"><xsl:call-template name="target-value"><xsl:with-param name="v" select="actual"/></xsl:call-template><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="actual_is_sample"/></xsl:call-template></td>
                  <td data-label="{mb:t('target.progress')}">
                    <xsl:call-template name="meter">
                      <xsl:with-param name="value" select="$pct"/>
                      <xsl:with-param name="label" select="mb:t('target.progress')"/>
                    </xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="mb:pct($pct)"/>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
          </div>
          <p class="note"><xsl:value-of select="mb:t('target.rule.short')"/>
            <xsl:text> </xsl:text><a href="{$base}/targets"><xsl:value-of select="mb:t('home.targets.more')"/></a></p>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('home.targets.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="target-value">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="@unit = 'count'"><xsl:value-of select="mb:count($v)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="mb:musd($v)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="indices" mode="home">
    <section aria-labelledby="ix-h">
      <h2 id="ix-h"><xsl:value-of select="mb:t('home.indices')"/></h2>
      <ul class="cards indices">
        <xsl:for-each select="index">
          <li class="card">
            <h3><a href="{$base}/indices/{@code}"><xsl:value-of select="abbrev"/></a><xsl:call-template name="sample-mark"/></h3>
            <p class="big">
              <xsl:value-of select="mb:t('index.rank')"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="rank_no"/>
              <small>/<xsl:value-of select="provinces_ranked"/></small>
            </p>
            <p class="note">
              <xsl:value-of select="year"/>
              <xsl:text> · </xsl:text>
              <xsl:value-of select="mb:t('index.score')"/>
              <xsl:text> </xsl:text>
              <xsl:value-of select="mb:num(score, 2)"/>
            </p>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template match="changes" mode="home">
    <section aria-labelledby="ch-h">
      <h2 id="ch-h"><xsl:value-of select="mb:t('home.changes')"/></h2>
      <xsl:choose>
        <xsl:when test="change">
          <ul class="changes">
            <xsl:for-each select="change">
              <li>
                <time datetime="{substring(published_at, 1, 10)}"><xsl:value-of select="mb:date(published_at)"/></time>
                <xsl:text> </xsl:text>
                <a>
                  <xsl:attribute name="href">
                    <xsl:value-of select="$base"/>
                    <xsl:choose>
                      <xsl:when test="@entity = 'project'">/projects/</xsl:when>
                      <xsl:otherwise>/zones/</xsl:otherwise>
                    </xsl:choose>
                    <xsl:value-of select="ref"/>
                  </xsl:attribute>
                  <xsl:value-of select="mb:pick(name, name_en)"/>
                </a>
                <xsl:text>: </xsl:text>
                <xsl:call-template name="change-summary"/>
              </li>
            </xsl:for-each>
          </ul>
          <p><a href="{$base}/changes"><xsl:value-of select="mb:t('home.changes.more')"/></a></p>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('home.changes.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
