<?xml version="1.0" encoding="UTF-8"?>
<!-- /staff/inquiries — the investors' questions about the zones of the user's boards (an
     admin: all), newest first: mark one answered; an admin deletes one on its sender's
     request. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.nav.inquiries')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="mb:t('staff.nav.inquiries')"/></h1>
    <p class="lead"><xsl:value-of select="mb:t('inquiries.lead')"/></p>
    <xsl:choose>
      <xsl:when test="not(inquiries/inquiry)"><p><xsl:value-of select="mb:t('inquiries.none')"/></p></xsl:when>
      <xsl:otherwise>
        <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack">
          <caption><xsl:value-of select="mb:t('inquiries.caption')"/></caption>
          <thead><tr><th scope="col"><xsl:value-of select="mb:t('inquiries.received')"/> (<xsl:call-template name="time-zone"/>)</th><th scope="col"><xsl:value-of select="mb:t('inquiries.from')"/></th><th scope="col"><xsl:value-of select="mb:t('inquiries.zones')"/></th><th scope="col"><xsl:value-of select="mb:t('inquiries.wants')"/></th><th scope="col"><xsl:value-of select="mb:t('inquiries.message')"/></th><th scope="col"><xsl:value-of select="mb:t('inquiries.status')"/></th></tr></thead>
          <tbody>
            <xsl:for-each select="inquiries/inquiry">
              <tr id="inquiry-{@id}" class="inquiry-{@status}">
                <td data-label="{mb:t('inquiries.received')}">#<xsl:value-of select="@id"/><br/><xsl:value-of select="received"/></td>
                <th scope="row" data-label="{mb:t('inquiries.from')}"><xsl:value-of select="name"/>
                  <xsl:if test="organisation"><br/><xsl:value-of select="organisation"/></xsl:if>
                  <br/><xsl:value-of select="mb:pick(country_name, country_name_en)"/> (<xsl:value-of select="country"/>)
                  <br/><a href="mailto:{email}"><xsl:value-of select="email"/></a> <small> (<xsl:value-of select="lang"/>)</small></th>
                <td data-label="{mb:t('inquiries.zones')}"><xsl:value-of select="mb:pick(zones, zones_en)"/></td>
                <td data-label="{mb:t('inquiries.wants')}"><xsl:if test="land_ha"><xsl:value-of select="land_ha"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('inquiries.ha')"/></xsl:if>
                  <xsl:if test="land_ha and sector_name"><br/></xsl:if><xsl:value-of select="mb:pick(sector_name, sector_name_en)"/></td>
                <td data-label="{mb:t('inquiries.message')}" class="detail"><xsl:value-of select="message"/></td>
                <td data-label="{mb:t('inquiries.status')}">
                  <xsl:value-of select="mb:t(concat('inquiries.status.', @status))"/>
                  <xsl:if test="@status = 'answered'"><br/><small><xsl:value-of select="answered_at"/><xsl:if test="answered_by"> · <xsl:value-of select="answered_by"/></xsl:if></small></xsl:if>
                  <xsl:if test="@status = 'open'">
                    <form class="inline" method="post" action="{$base}/staff/inquiries/{@id}/answered">
                      <xsl:call-template name="csrf"/>
                      <button type="submit"><xsl:value-of select="mb:t('inquiries.mark')"/></button>
                    </form>
                  </xsl:if>
                  <xsl:if test="/page/user/@admin">
                    <form class="inline" method="post" action="{$base}/staff/inquiries/{@id}/delete">
                      <xsl:call-template name="csrf"/>
                      <button type="submit" class="secondary"><xsl:value-of select="mb:t('inquiries.delete')"/></button>
                    </form>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
