<?xml version="1.0" encoding="UTF-8"?>
<!-- /feeds/announcements.atom[?board=<slug>] — an Atom feed (RFC 4287) of the boards'
     announcements, newest first; an English entry without English text is the Vietnamese
     one, with xml:lang="vi". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom" xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:include href="feed_source.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes" media-type="application/atom+xml"/>

  <xsl:template match="/">
    <xsl:variable name="base" select="/page/@base"/>
    <xsl:variable name="feed" select="/page/feed"/>
    <xsl:variable name="origin" select="$feed/@origin"/>
    <xsl:variable name="q"><xsl:if test="$feed/@board">?board=<xsl:value-of select="$feed/@board"/></xsl:if></xsl:variable>
    <xsl:variable name="changed" select="/page/site/changed_at"/>
    <feed xml:lang="{/page/@lang}">
      <id><xsl:value-of select="concat($origin, /page/@path, $q)"/></id>
      <title>
        <xsl:value-of select="mb:t('ann.title')"/>
        <xsl:if test="$feed/announcement[board_slug = $feed/@board]">
          <xsl:text> · </xsl:text><xsl:value-of select="mb:pick($feed/announcement/board_name, $feed/announcement/board_name_en)"/>
        </xsl:if>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="mb:pick(/page/site/title, /page/site/title_en)"/>
      </title>
      <!-- the last publication: an announcement may be published with an earlier date -->
      <updated><xsl:value-of select="concat(substring($changed, 1, 10), 'T', substring($changed, 12, 8), 'Z')"/></updated>
      <xsl:call-template name="feed-source"/>
      <link rel="self" type="application/atom+xml" href="{$origin}{$base}{/page/@path}{$q}"/>
      <link rel="alternate" type="text/html" href="{$origin}{$base}/announcements{$q}"/>
      <xsl:call-template name="feed-licence"/>
      <xsl:for-each select="$feed/announcement">
        <entry>
          <xsl:if test="/page/@lang = 'en' and not(title_en)"><xsl:attribute name="xml:lang">vi</xsl:attribute></xsl:if>
          <id><xsl:value-of select="concat($origin, '/announcements/', id)"/></id>
          <title><xsl:value-of select="mb:pick(title, title_en)"/><xsl:if test="is_sample = '1'"> (<xsl:value-of select="mb:t('sample.mark')"/>)</xsl:if></title>
          <updated><xsl:value-of select="published_on"/>T00:00:00Z</updated>
          <published><xsl:value-of select="published_on"/>T00:00:00Z</published>
          <link rel="alternate" type="text/html" href="{$origin}{$base}/announcements/{id}"/>
          <category term="{board_slug}" label="{mb:pick(board_name, board_name_en)}"/>
          <content type="text"><xsl:value-of select="mb:pick(body, body_en)"/></content>
        </entry>
      </xsl:for-each>
    </feed>
  </xsl:template>
</xsl:stylesheet>
