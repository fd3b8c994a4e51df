<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /indices/<code> — one governance index: the province's scores and ranks, its
     sub-indices, and every province in one edition (?year=). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'index']" mode="title">
    <xsl:variable name="index" select="/page/index"/>
    <xsl:value-of select="$index/abbrev"/>
  </xsl:template>

  <xsl:template match="page[@view = 'index']" mode="main">
    <xsl:variable name="index" select="/page/index"/>
    <xsl:variable name="year-shown">
      <xsl:choose><xsl:when test="$index/@year"><xsl:value-of select="$index/@year"/></xsl:when><xsl:otherwise><xsl:value-of select="$index/years/edition[1]/@year"/></xsl:otherwise></xsl:choose>
    </xsl:variable>
    <p class="crumbs"><a href="{$base}/indices"><xsl:value-of select="mb:t('indices.title')"/></a></p>
    <h1><xsl:value-of select="$index/abbrev"/> <small> — <xsl:value-of select="mb:pick($index/name, $index/name_en)"/></small></h1>
    <p class="lead"><xsl:value-of select="mb:t('index.publisher')"/>: <xsl:value-of select="mb:pick($index/publisher, $index/publisher_en)"/>.
      <xsl:value-of select="mb:t('index.scale')"/><xsl:text> </xsl:text><xsl:value-of select="mb:num($index/scale_max)"/>.</p>

    <section aria-labelledby="tr-h">
      <h2 id="tr-h"><xsl:value-of select="mb:t('index.trend')"/></h2>
      <div class="chart-pair">
        <div>
        <xsl:call-template name="line-chart">
          <xsl:with-param name="points" select="$index/series/edition"/>
          <xsl:with-param name="x" select="'year'"/>
          <xsl:with-param name="y" select="'score'"/>
          <xsl:with-param name="lo" select="0"/>
          <xsl:with-param name="hi" select="$index/scale_max"/>
          <xsl:with-param name="fit" select="true()"/>
          <xsl:with-param name="title" select="concat($index/abbrev, ': ', mb:t('index.score_trend'))"/>
          <xsl:with-param name="id" select="'score'"/>
        </xsl:call-template>
        <xsl:call-template name="line-chart">
          <xsl:with-param name="points" select="$index/series/edition"/>
          <xsl:with-param name="x" select="'year'"/>
          <xsl:with-param name="y" select="'rank_no'"/>
          <xsl:with-param name="lo" select="1"/>
          <xsl:with-param name="hi" select="$index/series/edition[last()]/provinces_ranked"/>
          <xsl:with-param name="fit" select="true()"/>
          <xsl:with-param name="whole" select="true()"/>
          <xsl:with-param name="invert" select="true()"/>
          <xsl:with-param name="decimals" select="0"/>
          <xsl:with-param name="title" select="concat($index/abbrev, ': ', mb:t('indices.rank_trend'))"/>
          <xsl:with-param name="id" select="'rank'"/>
        </xsl:call-template>
        </div>
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
        <table class="data stack">
          <caption><xsl:value-of select="mb:t('index.by_edition')"/></caption>
          <thead><tr><th scope="col"><xsl:value-of select="mb:t('index.year')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('index.score')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('index.rank')"/></th><th scope="col"><xsl:value-of select="mb:t('common.source')"/></th></tr></thead>
          <tbody>
            <xsl:for-each select="$index/series/edition">
              <tr><th scope="row"><a href="{$base}/indices/{$index/@code}?year={@year}"><xsl:value-of select="@year"/></a></th>
                <td class="num" data-label="{mb:t('index.score')}"><xsl:value-of select="mb:num(score, 2)"/><xsl:call-template name="sample-mark"/></td>
                <td class="num" data-label="{mb:t('index.rank')}"><xsl:value-of select="rank_no"/>/<xsl:value-of select="provinces_ranked"/><xsl:call-template name="sample-mark"/></td>
                <td data-label="{mb:t('common.source')}"><small><xsl:call-template name="text"><xsl:with-param name="vi" select="source"/><xsl:with-param name="en" select="source_en"/></xsl:call-template></small></td></tr>
            </xsl:for-each>
          </tbody>
        </table>
        </div>
      </div>
    </section>

    <xsl:if test="$index/subscores/subscore">
      <section aria-labelledby="sub-h">
        <h2 id="sub-h"><xsl:value-of select="mb:t('index.subindices')"/></h2>
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack num-wrap">
          <caption><xsl:value-of select="mb:t('index.subindices.caption')"/></caption>
          <thead><tr><th scope="col"><xsl:value-of select="mb:t('index.subindex')"/></th>
            <xsl:for-each select="$index/series/edition"><th scope="col" class="num"><xsl:value-of select="@year"/></th></xsl:for-each></tr></thead>
          <tbody>
            <xsl:for-each select="$index/subscores/subscore[not(@code = preceding-sibling::subscore/@code)]">
              <xsl:variable name="c" select="@code"/>
              <tr><th scope="row"><xsl:value-of select="mb:pick(name, name_en)"/></th>
                <xsl:for-each select="$index/series/edition">
                  <xsl:variable name="y" select="@year"/>
                  <xsl:variable name="s" select="$index/subscores/subscore[@code = $c and @year = $y]"/>
                  <td class="num" data-label="{$y}"><xsl:choose>
                    <xsl:when test="$s"><xsl:value-of select="mb:num($s/score, 2)"/><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$s/is_sample"/></xsl:call-template></xsl:when>
                    <xsl:otherwise><small><xsl:value-of select="mb:t('index.subindex.none')"/></small></xsl:otherwise>
                  </xsl:choose></td>
                </xsl:for-each></tr>
            </xsl:for-each>
            <!-- each edition's own number of sub-indices and its source -->
            <tr class="edition-count"><th scope="row"><xsl:value-of select="mb:t('index.subindex.count')"/></th>
              <xsl:for-each select="$index/series/edition"><xsl:variable name="y" select="@year"/><td class="num" data-label="{$y}"><xsl:value-of select="count($index/subscores/subscore[@year = $y])"/></td></xsl:for-each></tr>
            <tr class="edition-source"><th scope="row"><xsl:value-of select="mb:t('common.source')"/></th>
              <xsl:for-each select="$index/series/edition"><td data-label="{@year}"><small><xsl:call-template name="text"><xsl:with-param name="vi" select="source"/><xsl:with-param name="en" select="source_en"/></xsl:call-template></small></td></xsl:for-each></tr>
          </tbody>
        </table></div>
      </section>
    </xsl:if>

    <section aria-labelledby="all-h">
      <h2 id="all-h"><xsl:value-of select="mb:t('index.all_provinces')"/><xsl:text> </xsl:text><xsl:value-of select="$year-shown"/></h2>
      <form class="filters" method="get" action="{$base}/indices/{$index/@code}">
        <div><label for="f-year"><xsl:value-of select="mb:t('index.year')"/></label>
          <select id="f-year" name="year">
            <xsl:for-each select="$index/years/edition"><option value="{@year}"><xsl:if test="@year = $year-shown"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="@year"/></option></xsl:for-each>
          </select></div>
        <div class="actions"><button type="submit"><xsl:value-of select="mb:t('common.show')"/></button></div>
      </form>
      <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack">
        <caption><xsl:value-of select="$index/abbrev"/><xsl:text> </xsl:text><xsl:value-of select="$year-shown"/>: <xsl:value-of select="count($index/table/province)"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('index.provinces')"/>. <xsl:value-of select="mb:t('common.source')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="$index/years/edition[@year = $year-shown]/source"/><xsl:with-param name="en" select="$index/years/edition[@year = $year-shown]/source_en"/></xsl:call-template></caption>
        <thead><tr><th scope="col" class="num"><xsl:value-of select="mb:t('index.rank')"/></th><th scope="col"><xsl:value-of select="mb:t('index.province')"/></th><th scope="col" class="num"><xsl:value-of select="mb:t('index.score')"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$index/table/province">
            <tr><xsl:if test="home = '1'"><xsl:attribute name="class">home</xsl:attribute></xsl:if>
              <td class="num" data-label="{mb:t('index.rank')}"><xsl:value-of select="rank_no"/><xsl:call-template name="sample-mark"/></td>
              <th scope="row"><xsl:value-of select="mb:pick(name, name_en)"/></th>
              <td class="num" data-label="{mb:t('index.score')}"><xsl:value-of select="mb:num(score, 2)"/><xsl:call-template name="sample-mark"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table></div>
    </section>
  </xsl:template>
</xsl:stylesheet>
