<?xml version="1.0" encoding="UTF-8"?>
<!-- /staff/audit — the audit log, newest first (admins only). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.nav.audit')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="mb:t('staff.nav.audit')"/></h1>
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
      <caption><xsl:value-of select="mb:t('audit.caption')"/></caption>
      <thead><tr><th scope="col"><xsl:value-of select="mb:t('audit.at')"/> (<xsl:call-template name="time-zone"/>)</th><th scope="col"><xsl:value-of select="mb:t('login.username')"/></th><th scope="col"><xsl:value-of select="mb:t('audit.action')"/></th><th scope="col"><xsl:value-of select="mb:t('audit.record')"/></th><th scope="col"><xsl:value-of select="mb:t('audit.detail')"/></th><th scope="col"><xsl:value-of select="mb:t('audit.address')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="audit/entry">
          <tr><td><xsl:value-of select="at"/></td><th scope="row"><xsl:value-of select="username"/></th><td><code><xsl:value-of select="action"/></code></td>
            <td><xsl:value-of select="entity"/><xsl:if test="entity_id"> #<xsl:value-of select="entity_id"/></xsl:if></td>
            <td class="detail"><xsl:value-of select="substring(detail, 1, 200)"/></td><td><xsl:value-of select="client_addr"/></td></tr>
        </xsl:for-each>
      </tbody>
    </table></div>
    <xsl:if test="count(audit/entry) = 100">
      <nav class="pager" aria-label="{mb:t('pager.label')}"><a href="{$base}/staff/audit?before={audit/entry[last()]/@id}"><xsl:value-of select="mb:t('pager.older')"/></a></nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
