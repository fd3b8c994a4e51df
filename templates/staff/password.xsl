<?xml version="1.0" encoding="UTF-8"?>
<!-- /staff/password — change one's own password. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.nav.password')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <section class="login" aria-labelledby="pw-h">
      <h1 id="pw-h"><xsl:value-of select="mb:t('staff.nav.password')"/></h1>
      <xsl:if test="password/@done"><p class="notice" role="status"><xsl:value-of select="mb:t('password.done')"/></p></xsl:if>
      <xsl:if test="password/@error"><p class="form-error" role="alert"><xsl:value-of select="mb:t(password/@error)"/></p></xsl:if>
      <form method="post" action="{$base}/staff/password">
        <xsl:call-template name="csrf"/>
        <div><label for="pw-cur"><xsl:value-of select="mb:t('password.current')"/></label>
          <input id="pw-cur" name="current" type="password" autocomplete="current-password" required="required"/></div>
        <div><label for="pw-new"><xsl:value-of select="mb:t('password.new')"/></label>
          <input id="pw-new" name="new" type="password" autocomplete="new-password" minlength="12" required="required" aria-describedby="pw-hint"/>
          <p class="hint" id="pw-hint"><xsl:value-of select="mb:t('password.hint')"/></p></div>
        <div><label for="pw-again"><xsl:value-of select="mb:t('password.again')"/></label>
          <input id="pw-again" name="again" type="password" autocomplete="new-password" minlength="12" required="required"/></div>
        <div class="actions"><button type="submit"><xsl:value-of select="mb:t('password.submit')"/></button></div>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
