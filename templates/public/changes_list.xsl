<?xml version="1.0" encoding="UTF-8"?>
<!-- A list of published changes with their fields (old → new); shared by /changes and
     the per-record history pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../text.xsl"/>
  <xsl:template name="change-list">
    <xsl:param name="changes"/>
    <xsl:param name="fields"/>
    <xsl:param name="with-record" select="true()"/>
    <xsl:choose>
      <xsl:when test="$changes">
        <ol class="change-list">
          <xsl:for-each select="$changes">
            <xsl:variable name="id" select="@id"/>
            <li id="change-{$id}">
              <p>
                <time datetime="{substring(published_at, 1, 10)}"><xsl:value-of select="mb:date(published_at)"/></time>
                <xsl:if test="$with-record">
                  <xsl:text> · </xsl:text>
                  <a>
                    <xsl:attribute name="href"><xsl:value-of select="$base"/><xsl:choose><xsl:when test="@entity = 'project'">/projects/</xsl:when><xsl:otherwise>/zones/</xsl:otherwise></xsl:choose><xsl:value-of select="ref"/></xsl:attribute>
                    <xsl:value-of select="mb:pick(name, name_en)"/>
                  </a>
                </xsl:if>
                <xsl:text> · </xsl:text>
                <strong><xsl:call-template name="change-summary"/></strong>
              </p>
              <xsl:if test="$fields[@change = $id]">
                <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}">
                <table class="data fields">
                  <caption class="visually-hidden"><xsl:value-of select="mb:t('change.fields')"/></caption>
                  <thead><tr><th scope="col"><xsl:value-of select="mb:t('change.field')"/></th><th scope="col"><xsl:value-of select="mb:t('change.old')"/></th><th scope="col"><xsl:value-of select="mb:t('change.new')"/></th></tr></thead>
                  <tbody>
                    <xsl:variable name="own" select="$fields[@change = $id]"/>
                    <xsl:variable name="entity" select="string((/page/record/@entity | @entity)[last()])"/>
                    <xsl:for-each select="$own">
                      <xsl:variable name="twin"><xsl:call-template name="change-twin"><xsl:with-param name="field" select="@field"/></xsl:call-template></xsl:variable>
                      <xsl:variable name="en-field" select="concat(@field, '_en')"/>
                      <xsl:if test="$twin = ''">
                        <tr><th scope="row"><xsl:call-template name="change-field"><xsl:with-param name="field" select="@field"/></xsl:call-template></th>
                          <td><del><xsl:call-template name="change-value"><xsl:with-param name="field" select="@field"/><xsl:with-param name="value" select="old_value"/><xsl:with-param name="entity" select="$entity"/><xsl:with-param name="en" select="$own[@field = $en-field]/old_value"/></xsl:call-template></del></td>
                          <td><ins><xsl:call-template name="change-value"><xsl:with-param name="field" select="@field"/><xsl:with-param name="value" select="new_value"/><xsl:with-param name="entity" select="$entity"/><xsl:with-param name="en" select="$own[@field = $en-field]/new_value"/></xsl:call-template></ins></td></tr>
                      </xsl:if>
                    </xsl:for-each>
                  </tbody>
                </table>
                </div>
              </xsl:if>
              <xsl:if test="note"><p class="note"><xsl:value-of select="mb:t('change.note')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="note"/><xsl:with-param name="en" select="note_en"/></xsl:call-template></p></xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="mb:t('home.changes.none')"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
