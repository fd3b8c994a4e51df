<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /staff/login — the staff sign-in form. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="mb:t('login.title')"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <section class="login" aria-labelledby="login-h">
      <h1 id="login-h"><xsl:value-of select="mb:t('login.title')"/></h1>
      <xsl:if test="login/@error">
        <p class="form-error" role="alert"><xsl:value-of select="mb:t(login/@error)"/></p>
      </xsl:if>
      <form method="post" action="{$base}/staff/login">
        <div>
          <label for="username"><xsl:value-of select="mb:t('login.username')"/></label>
          <input id="username" name="username" autocomplete="username" required="required" value="{login/@username}"/>
        </div>
        <div>
          <label for="password"><xsl:value-of select="mb:t('login.password')"/></label>
          <input id="password" name="password" type="password" autocomplete="current-password" required="required"/>
        </div>
        <div class="actions"><button type="submit"><xsl:value-of select="mb:t('login.submit')"/></button></div>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
