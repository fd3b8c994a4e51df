<?xml version="1.0" encoding="UTF-8"?>
<!-- The operations of an import, as a preview table (import page, change page). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:template name="import-ops">
    <xsl:param name="import"/>
    <p><xsl:value-of select="mb:t('import.ops')"/>: <strong><xsl:value-of select="$import/@ops"/></strong></p>
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
      <table class="data">
        <caption><xsl:value-of select="mb:t('import.preview.caption')"/></caption>
        <thead><tr><th scope="col"><xsl:value-of select="mb:t('import.line')"/></th><th scope="col"><xsl:value-of select="mb:t('import.op')"/></th><th scope="col"><xsl:value-of select="mb:t('project.name')"/></th><th scope="col"><xsl:value-of select="mb:t('import.values')"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$import/op">
            <tr><td class="num"><xsl:value-of select="@line"/></td>
              <td><xsl:value-of select="mb:t(concat('import.op.', @kind))"/></td>
              <th scope="row"><xsl:if test="@project">#<xsl:value-of select="@project"/><xsl:text> </xsl:text></xsl:if><xsl:value-of select="name"/></th>
              <td><xsl:for-each select="form-fields/field[value]"><code><xsl:value-of select="@name"/></code>=<xsl:value-of select="value"/><xsl:if test="position() != last()">; </xsl:if></xsl:for-each></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
