<?xml version="1.0" encoding="UTF-8"?>
<!-- /feeds/*.atom — an Atom feed (RFC 4287) of published changes: each entry links to the
     record and lists what changed (field: old → new). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/2005/Atom" xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../text.xsl"/>
  <xsl:include href="feed_source.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes" media-type="application/atom+xml"/>

  <xsl:template match="/">
    <xsl:variable name="base" select="/page/@base"/>
    <xsl:variable name="feed" select="/page/feed"/>
    <xsl:variable name="origin" select="$feed/@origin"/>
    <feed xml:lang="{/page/@lang}">
      <id><xsl:value-of select="concat($origin, /page/@path)"/><xsl:if test="$feed/@query != ''">?<xsl:value-of select="$feed/@query"/></xsl:if></id>
      <title>
        <xsl:choose>
          <xsl:when test="$feed/@kind = 'zone'">
            <xsl:value-of select="mb:t('feed.zone')"/><xsl:text> </xsl:text>
            <xsl:value-of select="mb:pick($feed/zone/name, $feed/zone/name_en)"/>
          </xsl:when>
          <xsl:when test="$feed/@kind = 'project'">
            <xsl:value-of select="mb:t('feed.project')"/><xsl:text> </xsl:text>
            <xsl:value-of select="mb:pick($feed/project/name, $feed/project/name_en)"/>
          </xsl:when>
          <xsl:when test="$feed/@kind = 'status'">
            <xsl:value-of select="mb:t(concat('projects.title.', $feed/@status))"/>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="mb:t('feed.status')"/>
          </xsl:when>
          <xsl:when test="$feed/@kind = 'search'">
            <xsl:value-of select="mb:t('feed.search')"/>
            <xsl:for-each select="$feed/filter/@*">
              <xsl:text> </xsl:text><xsl:value-of select="name()"/>=<xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="mb:t('feed.all')"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> · </xsl:text>
        <xsl:value-of select="mb:pick(/page/site/title, /page/site/title_en)"/>
      </title>
      <updated><xsl:value-of select="$feed/@updated"/></updated>
      <xsl:call-template name="feed-source"/>
      <link rel="self" type="application/atom+xml">
        <xsl:attribute name="href"><xsl:value-of select="concat($origin, $base, /page/@path)"/><xsl:if test="$feed/@query != ''">?<xsl:value-of select="$feed/@query"/></xsl:if></xsl:attribute>
      </link>
      <link rel="alternate" type="text/html" href="{$origin}{$base}{$feed/@alternate}"/>
      <xsl:call-template name="feed-licence"/>
      <xsl:apply-templates select="$feed/change">
        <xsl:with-param name="feed" select="$feed"/>
        <xsl:with-param name="origin" select="$origin"/>
        <xsl:with-param name="base" select="$base"/>
      </xsl:apply-templates>
    </feed>
  </xsl:template>

  <xsl:template match="change">
    <xsl:param name="feed"/>
    <xsl:param name="origin"/>
    <xsl:param name="base"/>
    <xsl:variable name="id" select="id"/>
    <xsl:variable name="xhtml" select="'http://www.w3.org/1999/xhtml'"/>
    <xsl:variable name="kind"><xsl:choose><xsl:when test="entity = 'zone'">zones</xsl:when><xsl:otherwise>projects</xsl:otherwise></xsl:choose></xsl:variable>
    <xsl:variable name="name"><xsl:value-of select="mb:pick(name, name_en)"/></xsl:variable>
    <entry>
      <id><xsl:value-of select="concat($origin, '/', $kind, '/', ref, '/changes#change-', $id)"/></id>
      <title><xsl:value-of select="$name"/>: <xsl:choose>
          <xsl:when test="summary_key"><xsl:call-template name="change-summary"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="summary"/><xsl:if test="/page/@lang = 'en'"><xsl:text> </xsl:text><xsl:value-of select="mb:t('lang.vietnamese')"/></xsl:if></xsl:otherwise>
        </xsl:choose></title>
      <updated><xsl:value-of select="published_at"/></updated>
      <published><xsl:value-of select="published_at"/></published>
      <link rel="alternate" type="text/html" href="{$origin}{$base}/{$kind}/{ref}"/>
      <link rel="related" type="text/html" href="{$origin}{$base}/{$kind}/{ref}/changes#change-{$id}"/>
      <category term="{entity}"/>
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">
          <p><a href="{$origin}{$base}/{$kind}/{ref}"><xsl:value-of select="$name"/></a>: <xsl:call-template name="change-summary"><xsl:with-param name="ns" select="$xhtml"/></xsl:call-template></p>
          <xsl:variable name="own" select="$feed/field[change_id = $id]"/>
          <xsl:variable name="entity" select="entity"/>
          <xsl:if test="$own">
            <p><xsl:value-of select="mb:t('feed.fields')"/>:</p>
            <ul>
              <xsl:for-each select="$own">
                <xsl:variable name="twin"><xsl:call-template name="change-twin"><xsl:with-param name="field" select="field"/></xsl:call-template></xsl:variable>
                <xsl:variable name="en-field" select="concat(field, '_en')"/>
                <xsl:if test="$twin = ''">
                  <li><xsl:call-template name="change-field"><xsl:with-param name="field" select="field"/></xsl:call-template>: <xsl:choose><xsl:when test="old_value"><del><xsl:call-template name="change-value"><xsl:with-param name="field" select="field"/><xsl:with-param name="value" select="old_value"/><xsl:with-param name="entity" select="$entity"/><xsl:with-param name="en" select="$own[field = $en-field]/old_value"/><xsl:with-param name="ns" select="$xhtml"/></xsl:call-template></del></xsl:when><xsl:otherwise><xsl:value-of select="mb:t('feed.empty')"/></xsl:otherwise></xsl:choose> → <ins><xsl:call-template name="change-value"><xsl:with-param name="field" select="field"/><xsl:with-param name="value" select="new_value"/><xsl:with-param name="entity" select="$entity"/><xsl:with-param name="en" select="$own[field = $en-field]/new_value"/><xsl:with-param name="ns" select="$xhtml"/></xsl:call-template></ins></li>
                </xsl:if>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="note"><p><xsl:value-of select="mb:t('change.note')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="note"/><xsl:with-param name="en" select="note_en"/><xsl:with-param name="ns" select="$xhtml"/></xsl:call-template></p></xsl:if>
        </div>
      </content>
    </entry>
  </xsl:template>
</xsl:stylesheet>
