<?xml version="1.0" encoding="UTF-8"?>
<!-- /staff/import — bulk import of projects and status changes (CSV or XML). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>
  <xsl:import href="import_ops.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('import.title')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="mb:t('import.title')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('import.lead')"/></p>
    <xsl:if test="import-form/import/error">
      <section class="conflict" aria-labelledby="ie-h">
        <h2 id="ie-h"><xsl:value-of select="mb:t('import.errors')"/></h2>
        <p role="alert"><xsl:value-of select="mb:t('import.nothing_written')"/></p>
        <ul class="import-errors">
          <xsl:for-each select="import-form/import/error">
            <li><xsl:if test="@line != '0'"><xsl:value-of select="mb:t('import.line')"/><xsl:text> </xsl:text><xsl:value-of select="@line"/>: </xsl:if>
              <xsl:if test="@field"><code><xsl:value-of select="@field"/></code>: </xsl:if>
              <xsl:value-of select="mb:t(@reason)"/>
              <xsl:if test="detail"> (<xsl:value-of select="detail"/>)</xsl:if></li>
          </xsl:for-each>
        </ul>
        <xsl:if test="import-form/import/@more"><p class="notice"><xsl:value-of select="mb:t('import.errors.more')"/></p></xsl:if>
      </section>
    </xsl:if>
    <form class="edit" method="post" action="{$base}/staff/import" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <div class="field">
        <label for="i-file"><xsl:value-of select="mb:t('import.file')"/></label>
        <input id="i-file" name="file" type="file" accept=".csv,.xml,text/csv,application/xml" required="required"/>
        <p class="hint"><xsl:value-of select="mb:t('import.file.hint')"/></p>
      </div>
      <div class="field">
        <label for="i-note"><xsl:value-of select="mb:t('staff.note')"/></label>
        <textarea id="i-note" name="note" rows="2" required="required" maxlength="2000"><xsl:value-of select="import-form/note"/></textarea>
      </div>
      <div class="field">
        <label for="i-note_en"><xsl:value-of select="mb:t('staff.note_en')"/></label>
        <textarea id="i-note_en" name="note_en" rows="2" maxlength="2000" lang="en"><xsl:value-of select="import-form/note_en"/></textarea>
        <p class="hint"><xsl:value-of select="mb:t('staff.english.hint')"/></p>
      </div>
      <div class="actions"><button type="submit"><xsl:value-of select="mb:t('import.preview')"/></button></div>
    </form>
    <section aria-labelledby="if-h">
      <h2 id="if-h"><xsl:value-of select="mb:t('import.formats')"/></h2>
      <p><xsl:value-of select="mb:t('import.formats.csv')"/></p>
      <pre>id,zone,investor,investor_country,name,name_en,sector,authority,currency,registered_capital,disbursed_capital,registered_usd,disbursed_usd,land_ha,approved_on,planned_start,actual_start,planned_operation,actual_operation,permit_expires_on</pre>
      <pre>project_id,status,effective_on,reason,remedy,remedy_due,revocation,land_ha_after,doc_number,doc_issued_on,doc_issuer,doc_title,doc_url</pre>
      <p><xsl:value-of select="mb:t('import.formats.xml')"/><xsl:text> </xsl:text><a href="/schema/minhbach-1.xsd">minhbach-1.xsd</a></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
