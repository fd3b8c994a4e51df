<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /announcements — the management boards' announcements, newest first, by board and
     in pages; GET /announcements/<id> — one; and the latest of a zone's board on its page
     (zone-announcements). English pages show title_en/body_en, or the Vietnamese text marked
     lang="vi" and "(in Vietnamese)" where no English was published. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'announcements']" mode="title"><xsl:value-of select="mb:t('ann.title')"/></xsl:template>

  <xsl:template match="page[@view = 'announcements']" mode="main">
    <xsl:variable name="list" select="announcements"/>
    <xsl:variable name="total" select="number($list/total)"/>
    <xsl:variable name="first" select="($list/@page - 1) * $list/@per_page + 1"/>
    <xsl:variable name="last" select="$first + count($list/announcement) - 1"/>
    <xsl:variable name="bq"><xsl:if test="$list/@board">board=<xsl:value-of select="$list/@board"/>&amp;</xsl:if></xsl:variable>
    <h1><xsl:value-of select="mb:t('ann.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('ann.lead')"/></p>
    <form class="filters" method="get" action="{$base}/announcements">
      <div><label for="f-board"><xsl:value-of select="mb:t('zones.filter.board')"/></label>
        <select id="f-board" name="board"><option value=""><xsl:value-of select="mb:t('common.all')"/></option>
          <xsl:for-each select="$list/boards/board">
            <option value="{@slug}"><xsl:if test="@slug = $list/@board"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="mb:pick(name, name_en)"/></option>
          </xsl:for-each>
        </select></div>
      <div class="actions"><button type="submit"><xsl:value-of select="mb:t('common.filter')"/></button></div>
    </form>
    <p class="count" role="status">
      <xsl:value-of select="mb:t('ann.count')"/>: <strong><xsl:value-of select="mb:count($total)"/></strong>
      <xsl:if test="$total &gt; 0">
        <xsl:text> · </xsl:text><xsl:value-of select="$first"/>–<xsl:value-of select="$last"/>
      </xsl:if>
    </p>
    <xsl:for-each select="$list/announcement">
      <xsl:call-template name="ann-item"><xsl:with-param name="h" select="'h2'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$list/@page &gt; 1 or $last &lt; $total">
      <nav class="pager" aria-label="{mb:t('pager.label')}">
        <xsl:if test="$list/@page &gt; 1"><a rel="prev" href="{$base}/announcements?{$bq}page={$list/@page - 1}"><xsl:value-of select="mb:t('pager.prev')"/></a></xsl:if>
        <xsl:if test="$last &lt; $total"><a rel="next" href="{$base}/announcements?{$bq}page={$list/@page + 1}"><xsl:value-of select="mb:t('pager.next')"/></a></xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page[@view = 'announcement']" mode="title">
    <xsl:value-of select="mb:pick(announcement/title, announcement/title_en)"/>
  </xsl:template>

  <xsl:template match="page[@view = 'announcement']" mode="main">
    <xsl:variable name="a" select="announcement"/>
    <p class="crumbs"><a href="{$base}/announcements"><xsl:value-of select="mb:t('ann.title')"/></a></p>
    <article class="announcement">
      <h1><xsl:call-template name="ann-text"><xsl:with-param name="t" select="$a/title"/><xsl:with-param name="t_en" select="$a/title_en"/></xsl:call-template><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$a/is_sample"/></xsl:call-template></h1>
      <xsl:for-each select="$a"><xsl:call-template name="ann-meta"/></xsl:for-each>
      <div class="ann-body"><xsl:call-template name="ann-text"><xsl:with-param name="t" select="$a/body"/><xsl:with-param name="t_en" select="$a/body_en"/></xsl:call-template></div>
    </article>
    <p><a href="{$base}/announcements?board={$a/board_slug}"><xsl:value-of select="mb:t('ann.all_of_board')"/></a></p>
  </xsl:template>

  <!-- The latest announcements of the zone's board, on the zone's page. -->
  <xsl:template name="zone-announcements">
    <xsl:variable name="zone" select="/page/zone"/>
    <section aria-labelledby="ann-h">
      <h2 id="ann-h"><xsl:value-of select="mb:t('ann.zone.heading')"/></h2>
      <xsl:choose>
        <xsl:when test="$zone/announcements/announcement">
          <xsl:for-each select="$zone/announcements/announcement">
            <xsl:call-template name="ann-item"><xsl:with-param name="h" select="'h3'"/></xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('ann.none')"/></p></xsl:otherwise>
      </xsl:choose>
      <p><a href="{$base}/announcements?board={$zone/board_slug}"><xsl:value-of select="mb:t('ann.all_of_board')"/></a></p>
    </section>
  </xsl:template>

  <!-- One announcement in a list: its title (a link to its page), date and board, and the
       beginning of its text. -->
  <xsl:template name="ann-item">
    <xsl:param name="h"/>
    <article class="announcement" id="ann-{id}">
      <xsl:element name="{$h}">
        <a href="{$base}/announcements/{id}"><xsl:call-template name="ann-text"><xsl:with-param name="t" select="title"/><xsl:with-param name="t_en" select="title_en"/></xsl:call-template></a>
        <xsl:call-template name="sample-mark"/>
      </xsl:element>
      <xsl:call-template name="ann-meta"/>
      <p>
        <xsl:if test="$en and not(body_en)"><xsl:attribute name="lang">vi</xsl:attribute></xsl:if>
        <xsl:choose>
          <xsl:when test="string-length(mb:pick(body, body_en)) &gt; 300"><xsl:value-of select="substring(mb:pick(body, body_en), 1, 280)"/>…</xsl:when>
          <xsl:otherwise><xsl:value-of select="mb:pick(body, body_en)"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </article>
  </xsl:template>

  <xsl:template name="ann-meta">
    <p class="hint"><time datetime="{published_on}"><xsl:value-of select="mb:date(published_on)"/></time>
      <xsl:text> · </xsl:text><a href="{$base}/announcements?board={board_slug}"><xsl:value-of select="mb:pick(board_name, board_name_en)"/></a></p>
  </xsl:template>

  <!-- A text in the page's language; on an English page without English, the Vietnamese
       text marked as such (lang="vi" for screen readers, and in words). -->
  <xsl:template name="ann-text">
    <xsl:param name="t"/>
    <xsl:param name="t_en"/>
    <xsl:choose>
      <xsl:when test="not($en)"><xsl:value-of select="$t"/></xsl:when>
      <xsl:when test="string($t_en) != ''"><xsl:value-of select="$t_en"/></xsl:when>
      <xsl:otherwise><span lang="vi"><xsl:value-of select="$t"/></span><xsl:text> </xsl:text><span class="lang-note"><xsl:value-of select="mb:t('ann.in_vietnamese')"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
