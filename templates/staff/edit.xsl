<?xml version="1.0" encoding="UTF-8"?>
<!-- The edit forms: a zone, a project, a project's status change; with errors beside the
     fields, the published value beside each, and the conflict page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="e" select="/page/edit"/>
  <xsl:variable name="t" select="$e/target"/>

  <xsl:template match="page" mode="title">
    <xsl:value-of select="mb:t(concat('staff.edit.title.', $e/@kind))"/>: <xsl:value-of select="$t/name"/>
  </xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:apply-templates select="/page" mode="title"/></h1>
    <xsl:if test="$t/@parent = 'project'">
      <p class="shortcuts">
        <a href="{$base}/staff/projects/{$t/@ref}/edit"><xsl:value-of select="mb:t('staff.edit')"/></a>
        <a href="{$base}/staff/projects/{$t/@ref}/status"><xsl:value-of select="mb:t('staff.change_status')"/></a>
        <a href="{$base}/staff/projects/{$t/@ref}/finding"><xsl:value-of select="mb:t('staff.add.finding')"/></a>
        <a href="{$base}/staff/projects/{$t/@ref}/document"><xsl:value-of select="mb:t('staff.add.document')"/></a>
        <a href="{$base}/projects/{$t/@ref}"><xsl:value-of select="mb:t('staff.view_public')"/></a>
      </p>
    </xsl:if>
    <xsl:if test="$t/@status">
      <p class="lead"><xsl:value-of select="mb:t('project.status')"/>: <xsl:value-of select="mb:t(concat('status.', $t/@status))"/> · <xsl:value-of select="mb:t('project.land')"/>: <xsl:value-of select="$t/@land_ha"/> ha</p>
    </xsl:if>
    <xsl:if test="$e/pending and not($e/conflict)">
      <p class="notice" role="status"><xsl:value-of select="mb:t('staff.pending')"/><xsl:text> </xsl:text>
        <a href="{$base}/staff/changes/{$e/pending/@id}">#<xsl:value-of select="$e/pending/@id"/></a> (<xsl:value-of select="$e/pending/author"/>, <xsl:value-of select="mb:t(concat('staff.state.', $e/pending/@state))"/>)</p>
    </xsl:if>
    <xsl:call-template name="thread"><xsl:with-param name="thread" select="$e/pending/thread"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$e/conflict">
        <section class="conflict" aria-labelledby="cf-h">
          <h2 id="cf-h"><xsl:value-of select="mb:t('staff.conflict.title')"/></h2>
          <p role="alert"><xsl:value-of select="mb:t($e/conflict/@reason)"/>
            <xsl:if test="$e/pending"><xsl:text> </xsl:text><a href="{$base}/staff/changes/{$e/pending/@id}">#<xsl:value-of select="$e/pending/@id"/></a> (<xsl:value-of select="$e/pending/author"/>)</xsl:if></p>
          <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
            <caption><xsl:value-of select="mb:t('staff.conflict.caption')"/></caption>
            <thead><tr><th scope="col"><xsl:value-of select="mb:t('change.field')"/></th><th scope="col"><xsl:value-of select="mb:t('staff.conflict.theirs')"/></th><th scope="col"><xsl:value-of select="mb:t('staff.conflict.mine')"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="$e/conflict/form-fields/field">
                <tr><xsl:if test="string(current) != string(value)"><xsl:attribute name="class">differs</xsl:attribute></xsl:if>
                  <th scope="row"><xsl:value-of select="mb:t(concat('field.', @name))"/></th><td><xsl:apply-templates select="current" mode="label"/></td><td><xsl:apply-templates select="value" mode="label"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table></div>
          <p><xsl:value-of select="mb:t('staff.conflict.nothing_saved')"/><xsl:text> </xsl:text><a href="{$base}/staff/"><xsl:value-of select="mb:t('staff.nav.home')"/></a></p>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="action">
          <xsl:value-of select="$base"/>
          <xsl:choose>
            <xsl:when test="$e/@kind = 'zone'">/staff/zones/<xsl:value-of select="$t/@ref"/>/edit</xsl:when>
            <xsl:when test="$e/@kind = 'zone_facts'">/staff/zones/<xsl:value-of select="$t/@ref"/>/facts</xsl:when>
            <xsl:when test="$e/@kind = 'project'">/staff/projects/<xsl:value-of select="$t/@ref"/>/edit</xsl:when>
            <xsl:when test="$e/@kind = 'status'">/staff/projects/<xsl:value-of select="$t/@ref"/>/status</xsl:when>
            <xsl:when test="$t/@parent = 'project'">/staff/projects/<xsl:value-of select="$t/@ref"/>/<xsl:value-of select="$e/@kind"/></xsl:when>
            <xsl:otherwise>/staff/boards/<xsl:value-of select="$t/@ref"/>/<xsl:value-of select="$e/@kind"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:if test="$e/form-fields/field/error or $e/@note_error">
          <p class="form-error" role="alert"><xsl:value-of select="mb:t('staff.form.errors')"/></p>
        </xsl:if>
        <xsl:if test="$e/@form_error">
          <p class="form-error" role="alert"><xsl:value-of select="mb:t($e/@form_error)"/></p>
        </xsl:if>
        <form class="edit" method="post" action="{$action}" novalidate="novalidate">
          <xsl:if test="$e/form-fields/field[@name = 'doc_file_id']"><xsl:attribute name="enctype">multipart/form-data</xsl:attribute></xsl:if>
          <xsl:call-template name="csrf"/>
          <input type="hidden" name="version" value="{$t/@version}"/>
          <xsl:for-each select="$e/form-fields/field[@name != 'doc_file_id']">
            <xsl:call-template name="field"/>
          </xsl:for-each>
          <xsl:if test="$e/form-fields/field[@name = 'doc_file_id']">
            <xsl:variable name="fid" select="$e/form-fields/field[@name = 'doc_file_id']/value"/>
            <div class="field">
              <label for="f-doc_pdf"><xsl:value-of select="mb:t('field.doc_pdf')"/></label>
              <input id="f-doc_pdf" name="doc_pdf" type="file" accept="application/pdf">
                <xsl:if test="$e/@pdf_error"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">f-doc_pdf-err</xsl:attribute></xsl:if>
              </input>
              <xsl:if test="$e/@pdf_error"><p class="field-error" id="f-doc_pdf-err"><xsl:value-of select="mb:t($e/@pdf_error)"/></p></xsl:if>
              <p class="hint"><xsl:value-of select="mb:t('field.doc_pdf.hint')"/><xsl:if test="$fid"><xsl:text> </xsl:text><xsl:value-of select="mb:t('field.doc_pdf.kept')"/></xsl:if></p>
            </div>
          </xsl:if>
          <div class="field">
            <label for="f-note"><xsl:value-of select="mb:t('staff.note')"/> <span class="req" aria-hidden="true">*</span></label>
            <textarea id="f-note" name="note" rows="3" required="required" maxlength="2000">
              <xsl:if test="$e/@note_error"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">f-note-err</xsl:attribute></xsl:if>
              <xsl:value-of select="$e/note"/>
            </textarea>
            <xsl:if test="$e/@note_error"><p class="field-error" id="f-note-err"><xsl:value-of select="mb:t($e/@note_error)"/></p></xsl:if>
            <p class="hint"><xsl:value-of select="mb:t('staff.note.hint')"/></p>
          </div>
          <div class="field">
            <label for="f-note_en"><xsl:value-of select="mb:t('staff.note_en')"/></label>
            <textarea id="f-note_en" name="note_en" rows="3" maxlength="2000" lang="en"><xsl:value-of select="$e/note_en"/></textarea>
            <p class="hint"><xsl:value-of select="mb:t('staff.english.hint')"/></p>
          </div>
          <div class="actions">
            <button type="submit" name="action" value="save" class="secondary"><xsl:value-of select="mb:t('staff.save_draft')"/></button>
            <button type="submit" name="action" value="submit"><xsl:value-of select="mb:t('staff.submit')"/></button>
          </div>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="field">
    <xsl:variable name="id" select="concat('f-', @name)"/>
    <div class="field">
      <label for="{$id}"><xsl:value-of select="mb:t(concat('field.', @name))"/>
        <xsl:if test="@required"> <span class="req" aria-hidden="true">*</span></xsl:if></label>
      <xsl:choose>
        <xsl:when test="@list">
          <!-- several codes of a vocabulary the database holds (a zone's sectors admitted) -->
          <xsl:variable name="v" select="concat(',', value, ',')"/>
          <select id="{$id}" name="{@name}" multiple="multiple" size="6">
            <xsl:call-template name="aria"/>
            <xsl:for-each select="option">
              <option value="{@value}"><xsl:if test="contains($v, concat(',', @value, ','))"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="mb:pick(name, name_en)"/></option>
            </xsl:for-each>
          </select>
        </xsl:when>
        <xsl:when test="@type = 'enum'">
          <select id="{$id}" name="{@name}">
            <xsl:call-template name="aria"/>
            <option value=""><xsl:value-of select="mb:t('staff.choose')"/></option>
            <xsl:variable name="v" select="value"/>
            <xsl:variable name="n" select="@name"/>
            <xsl:for-each select="choice">
              <option value="{.}"><xsl:if test=". = $v"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="mb:t(concat('choice.', $n, '.', .))"/></option>
            </xsl:for-each>
            <!-- a vocabulary the database holds (sectors, zones, provinces) -->
            <xsl:for-each select="option">
              <option value="{@value}"><xsl:if test="@value = $v"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="mb:pick(name, name_en)"/></option>
            </xsl:for-each>
            <!-- a code typed before it was a choice stays visible, flagged beside the field -->
            <xsl:if test="$v != '' and not(choice[. = $v]) and not(option[@value = $v])">
              <option value="{$v}" selected="selected"><xsl:value-of select="$v"/></option>
            </xsl:if>
          </select>
        </xsl:when>
        <xsl:when test="@max &gt; 500">
          <textarea id="{$id}" name="{@name}" rows="4" maxlength="{@max}">
            <xsl:if test="@required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
            <xsl:call-template name="aria"/>
            <xsl:value-of select="value"/>
          </textarea>
        </xsl:when>
        <xsl:otherwise>
          <input id="{$id}" name="{@name}" value="{value}">
            <xsl:attribute name="type"><xsl:choose><xsl:when test="@type = 'date'">date</xsl:when><xsl:otherwise>text</xsl:otherwise></xsl:choose></xsl:attribute>
            <xsl:if test="@type = 'number'"><xsl:attribute name="inputmode">decimal</xsl:attribute></xsl:if>
            <xsl:if test="@max"><xsl:attribute name="maxlength"><xsl:value-of select="@max"/></xsl:attribute></xsl:if>
            <xsl:if test="@required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
            <xsl:call-template name="aria"/>
          </input>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="error"><p class="field-error" id="{$id}-err"><xsl:value-of select="mb:t(error)"/></p></xsl:if>
      <xsl:if test="current and string(current) != string(value)"><p class="hint"><xsl:value-of select="mb:t('staff.published_value')"/>: <xsl:apply-templates select="current" mode="label"/></p></xsl:if>
    </div>
  </xsl:template>

  <xsl:template name="aria">
    <!-- the English twin of a free text (reason_en, source_en …) is typed in English -->
    <xsl:if test="substring(@name, string-length(@name) - 2) = '_en'"><xsl:attribute name="lang">en</xsl:attribute></xsl:if>
    <xsl:if test="error">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
      <xsl:attribute name="aria-describedby"><xsl:value-of select="concat('f-', @name, '-err')"/></xsl:attribute>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
