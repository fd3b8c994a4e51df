<?xml version="1.0" encoding="UTF-8"?>
<!-- The chrome of the staff program's pages: head, header with navigation and language
     switch, the sample-data notice, footer; and small helpers (labels, options, the CSRF
     field). Each staff template and error.xsl import this file; a page defines mode="title"
     and mode="main" for page. (The public pages are written in C: cgi-bin/public/layout.c.) -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

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
        <link rel="stylesheet" href="/static/site.css?v=8"/>
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
          <xsl:if test="/page/@program = 'staff' and /page/user">
            <nav class="wrap" aria-label="{mb:t('nav.label')}">
              <ul>
                <li><a href="{$base}/staff/"><xsl:value-of select="mb:t('staff.nav.home')"/></a></li>
                <li><a href="{$base}/staff/projects"><xsl:value-of select="mb:t('staff.projects')"/></a></li>
                <li><a href="{$base}/staff/inquiries"><xsl:value-of select="mb:t('staff.nav.inquiries')"/></a></li>
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

  <!-- A value of a form's field (value, current) as people read it: a code's label. -->
  <xsl:template match="value | current" mode="label">
    <xsl:variable name="v" select="string(.)"/>
    <xsl:choose>
      <xsl:when test="../@list">
        <xsl:for-each select="../option[contains(concat(',', $v, ','), concat(',', @value, ','))]">
          <xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="mb:pick(name, name_en)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="../choice[. = $v]"><xsl:value-of select="mb:t(concat('choice.', ../@name, '.', $v))"/></xsl:when>
      <xsl:when test="../option[@value = $v]"><xsl:value-of select="mb:pick(../option[@value = $v]/name, ../option[@value = $v]/name_en)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The conversation of a change request, oldest first: who did what when, the
       reviewer's comments. -->
  <xsl:template name="thread">
    <xsl:param name="thread"/>
    <xsl:if test="$thread/event">
      <section class="thread" aria-labelledby="th-h">
        <h2 id="th-h"><xsl:value-of select="mb:t('staff.thread')"/></h2>
        <ol class="thread">
          <xsl:for-each select="$thread/event">
            <li class="event event-{@kind}"><time><xsl:value-of select="at"/></time>
              <xsl:text> · </xsl:text><xsl:value-of select="who"/>
              <xsl:text> · </xsl:text><strong><xsl:value-of select="mb:t(concat('staff.event.', @kind))"/></strong>
              <xsl:if test="comment"><blockquote class="comment"><xsl:value-of select="comment"/></blockquote></xsl:if></li>
          </xsl:for-each>
        </ol>
        <p class="hint"><xsl:value-of select="mb:t('staff.times')"/><xsl:text> </xsl:text><xsl:call-template name="time-zone"/>.</p>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The time zone of the staff pages' times: "giờ Việt Nam (UTC+7)". -->
  <xsl:template name="time-zone">
    <xsl:value-of select="mb:t('staff.time_zone')"/> (<xsl:value-of select="/page/site/utc_label"/>)</xsl:template>

  <!-- The hidden CSRF field every staff form carries. -->
  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{/page/user/@csrf}"/>
  </xsl:template>

</xsl:stylesheet>
