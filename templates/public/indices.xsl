<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /indices — the province in the four governance indices, edition by edition. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'indices']" mode="title"><xsl:value-of select="mb:t('indices.title')"/></xsl:template>

  <xsl:template match="page[@view = 'indices']" mode="main">
    <h1><xsl:value-of select="mb:t('indices.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('indices.lead')"/></p>
    <xsl:for-each select="indices/index">
      <xsl:variable name="code" select="@code"/>
      <xsl:variable name="series" select="../edition[@code = $code]"/>
      <section aria-labelledby="ix-{$code}">
        <h2 id="ix-{$code}"><a href="{$base}/indices/{$code}"><xsl:value-of select="abbrev"/></a>
          <small> — <xsl:value-of select="mb:pick(name, name_en)"/></small></h2>
        <xsl:if test="$series">
          <div class="chart-pair">
            <xsl:call-template name="line-chart">
              <xsl:with-param name="points" select="$series"/>
              <xsl:with-param name="x" select="'year'"/>
              <xsl:with-param name="y" select="'rank_no'"/>
              <xsl:with-param name="lo" select="1"/>
              <xsl:with-param name="hi" select="$series[last()]/provinces_ranked"/>
              <xsl:with-param name="fit" select="true()"/>
              <xsl:with-param name="whole" select="true()"/>
              <xsl:with-param name="invert" select="true()"/>
              <xsl:with-param name="decimals" select="0"/>
              <xsl:with-param name="title" select="concat(abbrev, ': ', mb:t('indices.rank_trend'))"/>
              <xsl:with-param name="id" select="concat('c-', $code)"/>
            </xsl:call-template>
            <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
            <table class="data">
              <caption><xsl:value-of select="abbrev"/>: <xsl:value-of select="mb:t('indices.rank_trend')"/></caption>
              <thead><tr><th scope="col"><xsl:value-of select="mb:t('index.year')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('index.score')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('index.rank')"/></th></tr></thead>
              <tbody>
                <xsl:for-each select="$series">
                  <tr><th scope="row"><xsl:value-of select="@year"/></th><td class="num"><xsl:value-of select="mb:num(score, 2)"/><xsl:call-template name="sample-mark"/></td>
                    <td class="num"><xsl:value-of select="rank_no"/>/<xsl:value-of select="provinces_ranked"/></td></tr>
                </xsl:for-each>
              </tbody>
            </table>
            </div>
          </div>
          <p class="note"><xsl:value-of select="mb:t('common.source')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="$series[last()]/source"/><xsl:with-param name="en" select="$series[last()]/source_en"/></xsl:call-template></p>
        </xsl:if>
      </section>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
