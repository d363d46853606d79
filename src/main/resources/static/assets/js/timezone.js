// Tells the server the browser's time zone, so pages show times as the viewer's clock reads them.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('praxis_tz=' + encodeURIComponent(zone)) === -1) {
      document.cookie = 'praxis_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // Without the zone, times are shown in the server's zone, named next to each time.
  }
})();
