<?xml version="1.0" encoding="UTF-8"?>
<!-- GET /staff/changes/<id> — a change request, what it changes, and its actions. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>
  <xsl:import href="import_ops.xsl"/>

  <xsl:variable name="c" select="/page/change"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="mb:t('staff.change')"/> #<xsl:value-of select="$c/id"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:apply-templates select="/page" mode="title"/>: <xsl:value-of select="mb:t(concat('staff.entity.', $c/entity))"/><xsl:if test="$c/target"> — <xsl:value-of select="$c/target/name"/></xsl:if></h1>
    <xsl:if test="refused">
      <p class="form-error" role="alert"><xsl:value-of select="mb:t(refused/@reason)"/>
        <xsl:if test="refused/@field"><xsl:text> </xsl:text><strong><xsl:value-of select="mb:t(concat('field.', refused/@field))"/></strong> (<code><xsl:value-of select="refused/@field"/></code>)</xsl:if></p>
    </xsl:if>
    <dl class="facts wide">
      <dt><xsl:value-of select="mb:t('staff.request.state')"/></dt><dd><span class="state state-{$c/state}"><xsl:value-of select="mb:t(concat('staff.state.', $c/state))"/></span></dd>
      <dt><xsl:value-of select="mb:t('zones.filter.board')"/></dt><dd><xsl:value-of select="$c/board_name"/></dd>
      <dt><xsl:value-of select="mb:t('staff.request.author')"/></dt><dd><xsl:value-of select="$c/author"/> (<time><xsl:value-of select="$c/created_at"/></time>, <xsl:call-template name="time-zone"/>)</dd>
      <dt><xsl:value-of select="mb:t('staff.note')"/></dt><dd><xsl:value-of select="$c/note"/></dd>
      <xsl:if test="$c/note_en"><dt><xsl:value-of select="mb:t('staff.note_en')"/></dt><dd lang="en"><xsl:value-of select="$c/note_en"/></dd></xsl:if>
    </dl>
    <xsl:call-template name="thread"><xsl:with-param name="thread" select="$c/thread"/></xsl:call-template>

    <xsl:if test="$c/import">
      <xsl:call-template name="import-ops"><xsl:with-param name="import" select="$c/import"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="not($c/import)">
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data diff">
      <caption><xsl:value-of select="mb:t('staff.change.caption')"/></caption>
      <thead><tr><th scope="col"><xsl:value-of select="mb:t('change.field')"/></th>
        <th scope="col"><xsl:value-of select="mb:t('staff.current_value')"/></th>
        <th scope="col"><xsl:value-of select="mb:t('staff.proposed_value')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="$c/form-fields/field[value or current]">
          <tr><xsl:if test="string(current) != string(value) and value"><xsl:attribute name="class">differs</xsl:attribute></xsl:if>
            <th scope="row"><xsl:value-of select="mb:t(concat('field.', @name))"/></th>
            <td><xsl:choose>
              <xsl:when test="current"><xsl:apply-templates select="current" mode="label"/></xsl:when>
              <xsl:otherwise><span class="none"><xsl:value-of select="mb:t('staff.value.none')"/></span></xsl:otherwise>
            </xsl:choose></td>
            <td><xsl:choose>
              <xsl:when test="@name = 'doc_file_id' and $c/@file"><a href="{$base}/staff/changes/{$c/id}/file" type="application/pdf"><xsl:value-of select="mb:t('staff.change.file')"/></a></xsl:when>
              <xsl:when test="@name = 'doc_file_id'"><xsl:value-of select="mb:t('staff.change.file_attached')"/></xsl:when>
              <xsl:when test="value"><xsl:apply-templates select="value" mode="label"/></xsl:when>
              <xsl:otherwise><span class="none"><xsl:value-of select="mb:t('staff.value.none')"/></span></xsl:otherwise>
            </xsl:choose></td></tr>
        </xsl:for-each>
      </tbody>
    </table></div>
    </xsl:if>

    <xsl:variable name="edit">
      <xsl:value-of select="$base"/>
      <xsl:choose>
        <xsl:when test="$c/entity = 'zone'">/staff/zones/<xsl:value-of select="$c/target/@ref"/>/edit</xsl:when>
        <xsl:when test="$c/entity = 'zone_facts'">/staff/zones/<xsl:value-of select="$c/target/@ref"/>/facts</xsl:when>
        <xsl:when test="$c/entity = 'project'">/staff/projects/<xsl:value-of select="$c/target/@ref"/>/edit</xsl:when>
        <xsl:when test="$c/entity = 'status'">/staff/projects/<xsl:value-of select="$c/target/@ref"/>/status</xsl:when>
        <xsl:when test="$c/target/@parent = 'project'">/staff/projects/<xsl:value-of select="$c/target/@ref"/>/<xsl:value-of select="$c/entity"/></xsl:when>
        <xsl:otherwise>/staff/boards/<xsl:value-of select="$c/target/@ref"/>/<xsl:value-of select="$c/entity"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$c/@can_submit">
      <div class="actions">
        <xsl:if test="not($c/import)"><a class="button secondary" href="{$edit}"><xsl:value-of select="mb:t('staff.edit')"/></a></xsl:if>
        <form class="inline" method="post" action="{$base}/staff/changes/{$c/id}/submit">
          <xsl:call-template name="csrf"/>
          <button type="submit"><xsl:value-of select="mb:t('staff.submit')"/></button>
        </form>
      </div>
    </xsl:if>
    <xsl:if test="$c/@can_withdraw">
      <form class="inline" method="post" action="{$base}/staff/changes/{$c/id}/withdraw">
        <xsl:call-template name="csrf"/>
        <button type="submit" class="secondary"><xsl:value-of select="mb:t('staff.withdraw')"/></button>
        <xsl:text> </xsl:text><span class="hint"><xsl:value-of select="mb:t('staff.withdraw.hint')"/></span>
      </form>
    </xsl:if>
    <xsl:if test="$c/@own">
      <p class="notice"><xsl:value-of select="mb:t('staff.own_change')"/></p>
    </xsl:if>
    <xsl:if test="$c/@can_review">
      <section class="review" aria-labelledby="rv-h">
        <h2 id="rv-h"><xsl:value-of select="mb:t('staff.review')"/></h2>
        <form method="post" action="{$base}/staff/changes/{$c/id}/publish">
          <xsl:call-template name="csrf"/>
          <button type="submit"><xsl:value-of select="mb:t('staff.publish')"/></button>
        </form>
        <form method="post" action="{$base}/staff/changes/{$c/id}/return">
          <xsl:call-template name="csrf"/>
          <div class="field">
            <label for="f-comment"><xsl:value-of select="mb:t('staff.review_comment')"/></label>
            <textarea id="f-comment" name="comment" rows="3" required="required" maxlength="2000"></textarea>
          </div>
          <button type="submit" class="secondary"><xsl:value-of select="mb:t('staff.send_back')"/></button>
        </form>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
