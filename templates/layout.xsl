<?xml version="1.0" encoding="UTF-8"?>
<!-- The page chrome every HTML page shares: head, header with navigation and language
     switch, the sample-data notice, footer; and small helpers (names, numbers, labels).
     public/site.xsl (every public page) and each staff template import this file; a page
     defines mode="title" and mode="main" for page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:include href="opendata-head.xsl"/>
  <xsl:include href="opendata-links.xsl"/>

  <xsl:variable name="lang" select="/page/@lang"/>
  <xsl:variable name="base" select="/page/@base"/>
  <xsl:variable name="en" select="$lang = 'en'"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:apply-templates select="/page" mode="title"/>
          <xsl:text> · </xsl:text>
          <xsl:call-template name="site-title"/>
        </title>
        <link rel="stylesheet" href="/static/site.css?v=7"/>
        <xsl:if test="/page/@program = 'public' and not(/page/error)">
          <link rel="alternate" hreflang="vi" href="{/page/@path}{mb:query-suffix(/page/@query)}"/>
          <link rel="alternate" hreflang="en" href="/en{/page/@path}{mb:query-suffix(/page/@query)}"/>
          <xsl:call-template name="opendata-head"/>
        </xsl:if>
        <xsl:apply-templates select="/page" mode="head"/>
      </head>
      <body>
        <a class="skip" href="#main"><xsl:value-of select="mb:t('nav.skip')"/></a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href="{$base}/">
              <span class="brand-mark" aria-hidden="true">MB</span>
              <span>
                <xsl:call-template name="site-title"/>
              </span>
            </a>
            <xsl:call-template name="lang-switch"/>
          </div>
          <xsl:if test="/page/@program = 'public'">
            <nav class="wrap" aria-label="{mb:t('nav.label')}">
              <ul>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/'"/><xsl:with-param name="key" select="'nav.home'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/zones'"/><xsl:with-param name="key" select="'nav.zones'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/projects'"/><xsl:with-param name="key" select="'nav.projects'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/targets'"/><xsl:with-param name="key" select="'nav.targets'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/indices'"/><xsl:with-param name="key" select="'nav.indices'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/finder'"/><xsl:with-param name="key" select="'nav.finder'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/changes'"/><xsl:with-param name="key" select="'nav.changes'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/announcements'"/><xsl:with-param name="key" select="'nav.announcements'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="href" select="'/data'"/><xsl:with-param name="key" select="'nav.data'"/></xsl:call-template>
              </ul>
            </nav>
          </xsl:if>
          <xsl:if test="/page/@program = 'staff' and /page/user">
            <nav class="wrap" aria-label="{mb:t('nav.label')}">
              <ul>
                <li><a href="{$base}/staff/"><xsl:value-of select="mb:t('staff.nav.home')"/></a></li>
                <xsl:if test="/page/user/@admin">
                  <li><a href="{$base}/staff/users"><xsl:value-of select="mb:t('staff.nav.users')"/></a></li>
                  <li><a href="{$base}/staff/audit"><xsl:value-of select="mb:t('staff.nav.audit')"/></a></li>
                </xsl:if>
                <li><a href="{$base}/staff/password"><xsl:value-of select="mb:t('staff.nav.password')"/></a></li>
                <li><a href="{$base}/"><xsl:value-of select="mb:t('staff.nav.public')"/></a></li>
                <li>
                  <form class="inline" method="post" action="{$base}/staff/logout">
                    <input type="hidden" name="csrf" value="{/page/user/@csrf}"/>
                    <button type="submit" class="link"><xsl:value-of select="mb:t('staff.nav.logout')"/> (<xsl:value-of select="/page/user/@username"/>)</button>
                  </form>
                </li>
              </ul>
            </nav>
          </xsl:if>
        </header>
        <main id="main" class="wrap">
          <xsl:if test="//is_sample[. = '1'] or //projects_sample[. = '1'] or //actual_is_sample[. = '1']">
            <p class="sample-notice" role="note">
              <strong><xsl:value-of select="mb:t('sample.title')"/></strong>
              <xsl:text> </xsl:text>
              <xsl:value-of select="mb:t('sample.text')"/>
            </p>
          </xsl:if>
          <xsl:apply-templates select="/page" mode="main"/>
          <xsl:if test="/page/@program = 'public' and not(/page/error)">
            <xsl:call-template name="data-links"/>
          </xsl:if>
        </main>
        <footer class="site">
          <div class="wrap">
            <p>
              <xsl:value-of select="mb:pick(/page/site/publisher, /page/site/publisher_en)"/>
              <xsl:if test="/page/site/contact_email">
                <xsl:text> · </xsl:text>
                <a href="mailto:{/page/site/contact_email}"><xsl:value-of select="/page/site/contact_email"/></a>
              </xsl:if>
            </p>
            <xsl:if test="/page/site/licence_name">
              <p>
                <xsl:value-of select="mb:t('footer.licence')"/>
                <xsl:text> </xsl:text>
                <a href="{/page/site/licence_url}" rel="license"><xsl:value-of select="/page/site/licence_name"/></a>
              </p>
            </xsl:if>
          </div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- Pages may add to the head. -->
  <xsl:template match="page" mode="head"/>

  <xsl:template name="site-title">
    <xsl:choose>
      <xsl:when test="$en and /page/site/title_en"><xsl:value-of select="/page/site/title_en"/></xsl:when>
      <xsl:when test="/page/site/title"><xsl:value-of select="/page/site/title"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="mb:t('site.name')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="nav-item">
    <xsl:param name="href"/>
    <xsl:param name="key"/>
    <xsl:variable name="current" select="/page/@path = $href or ($href != '/' and starts-with(/page/@path, concat($href, '/')))"/>
    <li>
      <a href="{$base}{$href}">
        <xsl:if test="$current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:value-of select="mb:t($key)"/>
      </a>
    </li>
  </xsl:template>

  <xsl:template name="lang-switch">
    <xsl:variable name="suffix" select="mb:query-suffix(/page/@query)"/>
    <p class="lang">
      <xsl:choose>
        <xsl:when test="$en">
          <a href="{/page/@path}{$suffix}" hreflang="vi" lang="vi">Tiếng Việt</a>
          <span aria-current="true">English</span>
        </xsl:when>
        <xsl:otherwise>
          <span aria-current="true">Tiếng Việt</span>
          <a href="/en{/page/@path}{$suffix}" hreflang="en" lang="en">English</a>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- Figures: mb:count, mb:pct, mb:ha, mb:musd (lib/format.c), one rule per kind. -->

  <!-- The hidden CSRF field every staff form carries. -->
  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{/page/user/@csrf}"/>
  </xsl:template>

  <!-- The <option>s of a vocabulary (lib/vocab.h, through mb:vocab), each labelled from
       the catalog, selected when it is cur. -->
  <xsl:template name="vocab-options">
    <xsl:param name="vocab"/>
    <xsl:param name="cur"/>
    <xsl:for-each select="mb:vocab($vocab)">
      <option value="{.}">
        <xsl:if test="$cur = ."><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="mb:t(@key)"/>
      </option>
    </xsl:for-each>
  </xsl:template>


  <xsl:template name="sample-mark">
    <xsl:param name="flag" select="is_sample"/>
    <xsl:if test="$flag = '1'">
      <xsl:text> </xsl:text>
      <span class="sample-mark" title="{mb:t('sample.title')}"><xsl:value-of select="mb:t('sample.mark')"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A bar for a rate in percent, with the number beside it for those who cannot see it. -->
  <xsl:template name="meter">
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:variable name="width">
      <xsl:choose>
        <xsl:when test="number($value) &gt; 100">100</xsl:when>
        <xsl:when test="not(number($value) &gt;= 0)">0</xsl:when>
        <xsl:otherwise><xsl:value-of select="format-number(number($value), '0.#')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <!-- an SVG bar: its width is an attribute, so the page needs no inline style (CSP) -->
    <svg xmlns="http://www.w3.org/2000/svg" class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="{$label}: {mb:pct($value)}" focusable="false">
      <rect class="meter-fill" width="{$width}" height="10"/>
    </svg>
  </xsl:template>
</xsl:stylesheet>
