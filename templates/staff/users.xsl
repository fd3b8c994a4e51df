<?xml version="1.0" encoding="UTF-8"?>
<!-- /staff/users — staff users and their roles (admins only). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="page" mode="title"><xsl:value-of select="mb:t('staff.nav.users')"/></xsl:template>

  <xsl:template match="page" mode="main">
    <h1><xsl:value-of select="mb:t('staff.nav.users')"/></h1>
    <xsl:if test="form-error"><p class="form-error" role="alert"><xsl:value-of select="mb:t(concat('field.', form-error/@field))"/>: <xsl:value-of select="mb:t(form-error/@reason)"/></p></xsl:if>
    <div class="table-scroll" role="region" tabindex="0" aria-label="{mb:t('common.scroll_table')}"><table class="data">
      <caption><xsl:value-of select="mb:t('users.caption')"/></caption>
      <thead><tr><th scope="col"><xsl:value-of select="mb:t('login.username')"/></th><th scope="col"><xsl:value-of select="mb:t('field.display_name')"/></th><th scope="col"><xsl:value-of select="mb:t('users.roles')"/></th><th scope="col"><xsl:value-of select="mb:t('users.state')"/></th></tr></thead>
      <tbody>
        <xsl:for-each select="users/user">
          <tr><th scope="row"><xsl:value-of select="username"/></th><td><xsl:value-of select="display_name"/></td>
            <td><xsl:if test="is_admin = '1'"><xsl:value-of select="mb:t('staff.role.admin')"/><xsl:text> </xsl:text></xsl:if><xsl:value-of select="roles"/></td>
            <td>
              <form class="inline" method="post" action="{$base}/staff/users">
                <xsl:call-template name="csrf"/>
                <input type="hidden" name="user_id" value="{@id}"/>
                <xsl:choose>
                  <xsl:when test="is_active = '1'"><button type="submit" name="action" value="deactivate" class="secondary"><xsl:value-of select="mb:t('users.deactivate')"/></button></xsl:when>
                  <xsl:otherwise><button type="submit" name="action" value="activate" class="secondary"><xsl:value-of select="mb:t('users.activate')"/></button></xsl:otherwise>
                </xsl:choose>
              </form>
            </td></tr>
        </xsl:for-each>
      </tbody>
    </table></div>

    <section aria-labelledby="role-h">
      <h2 id="role-h"><xsl:value-of select="mb:t('users.roles.change')"/></h2>
      <form class="filters" method="post" action="{$base}/staff/users">
        <xsl:call-template name="csrf"/>
        <div><label for="r-user"><xsl:value-of select="mb:t('login.username')"/></label>
          <select id="r-user" name="user_id"><xsl:for-each select="users/user"><option value="{@id}"><xsl:value-of select="username"/></option></xsl:for-each></select></div>
        <div><label for="r-role"><xsl:value-of select="mb:t('users.role')"/></label>
          <select id="r-role" name="role"><option value="editor"><xsl:value-of select="mb:t('staff.role.editor')"/></option><option value="reviewer"><xsl:value-of select="mb:t('staff.role.reviewer')"/></option></select></div>
        <div><label for="r-board"><xsl:value-of select="mb:t('zones.filter.board')"/></label>
          <select id="r-board" name="board"><xsl:for-each select="users/boards/board"><option value="{@slug}"><xsl:value-of select="name"/></option></xsl:for-each></select></div>
        <div class="actions">
          <button type="submit" name="action" value="role_add"><xsl:value-of select="mb:t('users.role_add')"/></button>
          <button type="submit" name="action" value="role_remove" class="secondary"><xsl:value-of select="mb:t('users.role_remove')"/></button>
        </div>
      </form>
    </section>

    <section aria-labelledby="new-h">
      <h2 id="new-h"><xsl:value-of select="mb:t('users.create')"/></h2>
      <form class="filters" method="post" action="{$base}/staff/users">
        <xsl:call-template name="csrf"/>
        <input type="hidden" name="action" value="create"/>
        <div><label for="n-user"><xsl:value-of select="mb:t('login.username')"/></label><input id="n-user" name="username" required="required" pattern="[a-z0-9._\-]{{2,60}}" autocomplete="off"/></div>
        <div><label for="n-name"><xsl:value-of select="mb:t('field.display_name')"/></label><input id="n-name" name="display_name" required="required"/></div>
        <div><label for="n-pw"><xsl:value-of select="mb:t('login.password')"/></label><input id="n-pw" name="password" type="password" minlength="12" required="required" autocomplete="new-password"/></div>
        <div><label for="n-admin"><input id="n-admin" type="checkbox" name="admin" value="1"/><xsl:text> </xsl:text><xsl:value-of select="mb:t('staff.role.admin')"/></label></div>
        <div class="actions"><button type="submit"><xsl:value-of select="mb:t('users.create')"/></button></div>
      </form>
    </section>
  </xsl:template>
</xsl:stylesheet>
