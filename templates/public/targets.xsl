<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /targets — targets per period and scope against actuals, with the rules. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:key name="period" match="target" use="concat(period_start, '/', period_end)"/>

  <xsl:template match="page[@view = 'targets']" mode="title"><xsl:value-of select="mb:t('targets.title')"/></xsl:template>

  <xsl:template match="page[@view = 'targets']" mode="main">
    <h1><xsl:value-of select="mb:t('targets.title')"/></h1>
    <section class="rules" aria-labelledby="rules-h">
      <h2 id="rules-h"><xsl:value-of select="mb:t('targets.rules')"/></h2>
      <dl>
        <dt><xsl:value-of select="mb:t('target.licensed_capital')"/></dt><dd><xsl:value-of select="mb:t('target.rule.licensed_capital')"/></dd>
        <dt><xsl:value-of select="mb:t('target.disbursed_capital')"/></dt><dd><xsl:value-of select="mb:t('target.rule.disbursed_capital')"/></dd>
        <dt><xsl:value-of select="mb:t('target.projects_started')"/></dt><dd><xsl:value-of select="mb:t('target.rule.projects_started')"/></dd>
        <dt><xsl:value-of select="mb:t('target.started_capital')"/></dt><dd><xsl:value-of select="mb:t('target.rule.started_capital')"/></dd>
      </dl>
    </section>
    <xsl:for-each select="targets/target[generate-id() = generate-id(key('period', concat(period_start, '/', period_end))[1])]">
      <xsl:variable name="k" select="concat(period_start, '/', period_end)"/>
      <section aria-labelledby="p-{position()}">
        <h2 id="p-{position()}"><xsl:value-of select="period_label"/>
          <small> (<xsl:value-of select="mb:date(period_start)"/> – <xsl:value-of select="mb:date(period_end)"/>)</small></h2>
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack">
          <caption><xsl:value-of select="mb:t('home.targets.caption')"/></caption>
          <thead><tr>
            <th scope="col"><xsl:value-of select="mb:t('target.metric')"/></th>
            <th scope="col"><xsl:value-of select="mb:t('target.scope')"/></th>
            <th scope="col" class="num"><xsl:value-of select="mb:t('target.target')"/></th>
            <th scope="col" class="num"><xsl:value-of select="mb:t('target.actual')"/></th>
            <th scope="col"><xsl:value-of select="mb:t('target.progress')"/></th>
            <th scope="col"><xsl:value-of select="mb:t('common.source')"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="key('period', $k)">
              <xsl:variable name="pct" select="100 * actual div target_value"/>
              <tr>
                <th scope="row"><xsl:value-of select="mb:t(concat('target.', @metric))"/><xsl:call-template name="sample-mark"/></th>
                <td data-label="{mb:t('target.scope')}"><xsl:choose><xsl:when test="zone_slug"><a href="{$base}/zones/{zone_slug}"><xsl:value-of select="mb:pick(zone_name, zone_name_en)"/></a></xsl:when><xsl:otherwise><xsl:value-of select="mb:t('target.province')"/></xsl:otherwise></xsl:choose></td>
                <td class="num" data-label="{mb:t('target.target')}"><xsl:call-template name="tv"><xsl:with-param name="v" select="target_value"/></xsl:call-template></td>
                <td class="num" data-label="{mb:t('target.actual')}"><xsl:call-template name="tv"><xsl:with-param name="v" select="actual"/></xsl:call-template><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="actual_is_sample"/></xsl:call-template></td>
                <td data-label="{mb:t('target.progress')}"><xsl:call-template name="meter"><xsl:with-param name="value" select="$pct"/><xsl:with-param name="label" select="mb:t('target.progress')"/></xsl:call-template>
                  <xsl:text> </xsl:text><xsl:value-of select="mb:pct($pct)"/></td>
                <td data-label="{mb:t('common.source')}"><small><xsl:call-template name="text"><xsl:with-param name="vi" select="source"/><xsl:with-param name="en" select="source_en"/></xsl:call-template></small></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table></div>
      </section>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="tv">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="@unit = 'count'"><xsl:value-of select="mb:count($v)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="mb:musd($v)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
