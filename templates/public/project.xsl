<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /projects/<id> — one project. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">

  <xsl:template match="page[@view = 'project']" mode="title">
    <xsl:variable name="project" select="/page/project"/>
    <xsl:value-of select="mb:pick($project/name, $project/name_en)"/>
  </xsl:template>

  <xsl:template match="page[@view = 'project']" mode="main">
    <xsl:variable name="project" select="/page/project"/>
    <p class="crumbs"><a href="{$base}/projects"><xsl:value-of select="mb:t('projects.title')"/></a> ›
      <a href="{$base}/zones/{$project/zone_slug}"><xsl:value-of select="mb:pick($project/zone_name, $project/zone_name_en)"/></a></p>
    <h1><xsl:apply-templates select="/page" mode="title"/><xsl:call-template name="sample-mark"><xsl:with-param name="flag" select="$project/is_sample"/></xsl:call-template></h1>
    <p class="lead">
      <span class="status status-{$project/@status}"><xsl:value-of select="mb:t(concat('status.', $project/@status))"/></span>
      <xsl:text> </xsl:text><xsl:value-of select="mb:t('project.since')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date($project/status_since)"/>
      <xsl:for-each select="$project"><xsl:call-template name="project-marks"/></xsl:for-each>
    </p>
    <xsl:if test="$project/overdue = '1'">
      <p class="note"><xsl:value-of select="mb:t('project.overdue.explain')"/></p>
    </xsl:if>
    <xsl:call-template name="last-changed">
      <xsl:with-param name="date" select="$project/last_changed"/>
      <xsl:with-param name="href" select="concat($base, '/projects/', $project/@id, '/changes')"/>
    </xsl:call-template>

    <section aria-labelledby="facts-h">
      <h2 id="facts-h"><xsl:value-of select="mb:t('project.facts')"/></h2>
      <dl class="facts wide">
        <dt><xsl:value-of select="mb:t('project.investor')"/></dt><dd><xsl:value-of select="$project/investor"/> (<xsl:value-of select="mb:pick($project/country_name, $project/country_name_en)"/>)</dd>
        <dt><xsl:value-of select="mb:t('project.zone')"/></dt><dd><a href="{$base}/zones/{$project/zone_slug}"><xsl:value-of select="mb:pick($project/zone_name, $project/zone_name_en)"/></a></dd>
        <dt><xsl:value-of select="mb:t('project.sector')"/></dt><dd><xsl:value-of select="mb:pick($project/sector_name, $project/sector_name_en)"/></dd>
        <dt><xsl:value-of select="mb:t('project.authority')"/></dt><dd><xsl:value-of select="mb:t(concat('authority.', $project/authority))"/></dd>
        <dt><xsl:value-of select="mb:t('project.registered')"/></dt><dd><xsl:value-of select="mb:num($project/registered_capital, 0)"/><xsl:text> </xsl:text><xsl:value-of select="$project/currency"/>
          <xsl:if test="$project/currency != 'USD'"> (≈ <xsl:value-of select="mb:musd($project/registered_usd)"/>)</xsl:if></dd>
        <dt><xsl:value-of select="mb:t('project.disbursed')"/></dt><dd><xsl:value-of select="mb:num($project/disbursed_capital, 0)"/><xsl:text> </xsl:text><xsl:value-of select="$project/currency"/></dd>
        <dt><xsl:value-of select="mb:t('project.land')"/></dt><dd><xsl:value-of select="mb:ha($project/land_ha)"/></dd>
        <dt><xsl:value-of select="mb:t('project.approved_on')"/></dt><dd><xsl:value-of select="mb:date($project/approved_on)"/></dd>
        <xsl:if test="$project/permit_expires_on"><dt><xsl:value-of select="mb:t('project.permit_expires')"/></dt><dd><xsl:value-of select="mb:date($project/permit_expires_on)"/></dd></xsl:if>
      </dl>
      <table class="data milestones">
        <caption><xsl:value-of select="mb:t('project.milestones')"/></caption>
        <thead><tr><th scope="col"><xsl:value-of select="mb:t('project.milestone')"/></th><th scope="col"><xsl:value-of select="mb:t('project.planned')"/></th><th scope="col"><xsl:value-of select="mb:t('project.actual')"/></th></tr></thead>
        <tbody>
          <tr><th scope="row"><xsl:value-of select="mb:t('project.start')"/></th><td><xsl:value-of select="mb:date($project/planned_start)"/></td>
            <td><xsl:value-of select="mb:date($project/actual_start)"/><xsl:if test="$project/start_overdue = '1'"><span class="overdue"><xsl:value-of select="mb:t('project.overdue')"/></span></xsl:if></td></tr>
          <tr><th scope="row"><xsl:value-of select="mb:t('project.operation')"/></th><td><xsl:value-of select="mb:date($project/planned_operation)"/></td>
            <td><xsl:value-of select="mb:date($project/actual_operation)"/><xsl:if test="$project/operation_overdue = '1'"><span class="overdue"><xsl:value-of select="mb:t('project.overdue')"/></span></xsl:if></td></tr>
        </tbody>
      </table>
    </section>

    <section aria-labelledby="tl-h">
      <h2 id="tl-h"><xsl:value-of select="mb:t('project.timeline')"/></h2>
      <ol class="timeline">
        <xsl:for-each select="$project/events/event">
          <li class="status-{@status}">
            <p><time datetime="{effective_on}"><xsl:value-of select="mb:date(effective_on)"/></time><xsl:text> — </xsl:text>
              <xsl:choose>
                <!-- a partial revocation keeps the status: say what it was, and the status kept -->
                <xsl:when test="revocation = 'partial'">
                  <strong><xsl:value-of select="mb:t('project.partly_revoked')"/></strong>
                  <xsl:text> (</xsl:text><xsl:value-of select="mb:t('revocation.partial')"/><xsl:text>; </xsl:text><xsl:value-of select="mb:t('event.status_kept')"/><xsl:text> </xsl:text><xsl:value-of select="mb:t(concat('status.', @status))"/>)</xsl:when>
                <xsl:otherwise>
                  <strong><xsl:value-of select="mb:t(concat('status.', @status))"/></strong>
                  <xsl:if test="revocation"> (<xsl:value-of select="mb:t(concat('revocation.', revocation))"/>)</xsl:if>
                </xsl:otherwise>
              </xsl:choose></p>
            <xsl:if test="reason"><p><xsl:value-of select="mb:t('event.reason')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="reason"/><xsl:with-param name="en" select="reason_en"/></xsl:call-template></p></xsl:if>
            <xsl:if test="remedy"><p><xsl:value-of select="mb:t('event.remedy')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="remedy"/><xsl:with-param name="en" select="remedy_en"/></xsl:call-template>
              <xsl:if test="remedy_due"> (<xsl:value-of select="mb:t('event.remedy_due')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date(remedy_due)"/>)</xsl:if></p></xsl:if>
            <xsl:if test="revocation = 'partial'"><p><xsl:value-of select="mb:t('event.land')"/>: <xsl:value-of select="mb:ha(land_ha_before)"/> → <xsl:value-of select="mb:ha(land_ha_after)"/></p></xsl:if>
            <xsl:if test="doc_number"><p class="basis"><xsl:value-of select="mb:t('event.basis')"/><xsl:text>: </xsl:text>
              <xsl:choose><xsl:when test="doc_url"><a href="{doc_url}"><xsl:value-of select="doc_number"/></a></xsl:when><xsl:otherwise><xsl:value-of select="doc_number"/></xsl:otherwise></xsl:choose>
              <xsl:text> </xsl:text><xsl:value-of select="mb:t('doc.of')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date(doc_issued_on)"/>, <xsl:call-template name="text"><xsl:with-param name="vi" select="doc_issuer"/></xsl:call-template>
              <xsl:if test="doc_file"><xsl:text> (</xsl:text><a href="{$base}/documents/{doc_id}" type="application/pdf">PDF</a>)</xsl:if></p></xsl:if>
          </li>
        </xsl:for-each>
      </ol>
    </section>

    <section aria-labelledby="doc-h">
      <h2 id="doc-h"><xsl:value-of select="mb:t('project.documents')"/></h2>
      <xsl:choose>
        <xsl:when test="$project/documents/document">
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data stack">
            <caption><xsl:value-of select="mb:t('project.documents.caption')"/></caption>
            <thead><tr><th scope="col"><xsl:value-of select="mb:t('doc.number')"/></th><th scope="col"><xsl:value-of select="mb:t('doc.date')"/></th><th scope="col"><xsl:value-of select="mb:t('doc.issuer')"/></th><th scope="col"><xsl:value-of select="mb:t('doc.type')"/></th><th scope="col"><xsl:value-of select="mb:t('doc.title')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$project/documents/document">
                <tr><th scope="row"><xsl:choose><xsl:when test="url"><a href="{url}"><xsl:value-of select="number"/></a></xsl:when><xsl:otherwise><xsl:value-of select="number"/></xsl:otherwise></xsl:choose>
                  <xsl:if test="file_id"><xsl:text> </xsl:text><a href="{$base}/documents/{@id}" type="application/pdf">PDF</a></xsl:if></th>
                  <td data-label="{mb:t('doc.date')}"><xsl:value-of select="mb:date(issued_on)"/></td><td data-label="{mb:t('doc.issuer')}"><xsl:call-template name="text"><xsl:with-param name="vi" select="issuer"/></xsl:call-template></td>
                  <td data-label="{mb:t('doc.type')}"><xsl:value-of select="mb:t(concat('doctype.', @type))"/></td><td data-label="{mb:t('doc.title')}"><xsl:call-template name="text"><xsl:with-param name="vi" select="title"/><xsl:with-param name="en" select="title_en"/></xsl:call-template></td></tr>
              </xsl:for-each>
            </tbody>
          </table></div>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('project.documents.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>

    <section aria-labelledby="fd-h">
      <h2 id="fd-h"><xsl:value-of select="mb:t('project.findings')"/></h2>
      <xsl:choose>
        <xsl:when test="$project/findings/finding">
          <ul class="findings">
            <xsl:for-each select="$project/findings/finding">
              <li class="outcome-{@outcome}"><p><strong><xsl:value-of select="mb:t(concat('area.', @area))"/></strong>
                (<xsl:value-of select="mb:date(reviewed_on)"/>): <xsl:value-of select="mb:t(concat('outcome.', @outcome))"/></p>
                <p><xsl:call-template name="text"><xsl:with-param name="vi" select="summary"/><xsl:with-param name="en" select="summary_en"/></xsl:call-template></p>
                <xsl:if test="action"><p><xsl:value-of select="mb:t('finding.action')"/>: <xsl:call-template name="text"><xsl:with-param name="vi" select="action"/><xsl:with-param name="en" select="action_en"/></xsl:call-template></p></xsl:if>
                <xsl:if test="doc_number"><p class="basis"><xsl:value-of select="mb:t('event.basis')"/>: <xsl:value-of select="doc_number"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('doc.of')"/><xsl:text> </xsl:text><xsl:value-of select="mb:date(doc_issued_on)"/>, <xsl:call-template name="text"><xsl:with-param name="vi" select="doc_issuer"/></xsl:call-template></p></xsl:if></li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="mb:t('project.findings.none')"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
    <p><a href="{$base}/projects/{$project/@id}/changes"><xsl:value-of select="mb:t('record.history')"/></a></p>
  </xsl:template>
</xsl:stylesheet>
