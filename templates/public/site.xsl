<?xml version="1.0" encoding="UTF-8"?>
<!-- The one stylesheet of the public HTML pages: the chrome (layout.xsl), the helpers the
     pages share, and each page's own file, included. A route names its page as
     "public/site#<view>" (cgi-bin/public/main.c); the view is /page/@view, and each page
     file matches page[@view = '<view>'] in the modes title and main. Compiled once per
     worker instead of once per page, the chrome is held in memory once (a worker held
     thirteen copies of it: docs/performance.md). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:mb="urn:minhbach" exclude-result-prefixes="mb">
  <xsl:import href="../layout.xsl"/>
  <xsl:import href="../chart.xsl"/>
  <xsl:import href="changes_list.xsl"/>
  <xsl:import href="marks.xsl"/>

  <xsl:include href="home.xsl"/>
  <xsl:include href="record_changes.xsl"/>
  <xsl:include href="projects.xsl"/>
  <xsl:include href="project.xsl"/>
  <xsl:include href="changes.xsl"/>
  <xsl:include href="targets.xsl"/>
  <xsl:include href="indices.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="finder.xsl"/>
  <xsl:include href="api.xsl"/>
  <xsl:include href="data.xsl"/>
</xsl:stylesheet>
