// Upload forms (form[data-upload]): files can be dropped on the field, are checked against the
// limits before sending, and travel with a progress bar. Without this script the form posts as is.
(function () {
  'use strict';

  function init(form) {
    var input = form.querySelector('input[type=file]');
    var zone = form.querySelector('.drop-zone');
    var chosen = form.querySelector('.chosen-files');
    var box = form.querySelector('.upload-progress');
    var bar = box.querySelector('progress');
    var status = box.querySelector('.upload-status');
    var maxSize = Number(form.dataset.maxSize);
    var maxCount = Number(form.dataset.maxCount);
    form.querySelector('.drop-hint').hidden = false;

    function problem() {
      var files = input.files;
      if (files.length > maxCount) {
        return form.dataset.tooMany;
      }
      for (var i = 0; i < files.length; i++) {
        if (files[i].size > maxSize) {
          return '\u201c' + files[i].name + '\u201d: ' + form.dataset.tooLarge;
        }
      }
      return null;
    }

    function list() {
      chosen.textContent = '';
      for (var i = 0; i < input.files.length; i++) {
        var item = document.createElement('li');
        item.textContent = input.files[i].name + ' (' + Math.max(1, Math.round(input.files[i].size / 1024)) + ' KB)';
        chosen.appendChild(item);
      }
      var message = problem();
      input.setCustomValidity(message || '');
      if (message) {
        var error = document.createElement('li');
        error.className = 'text-danger';
        error.textContent = message;
        chosen.appendChild(error);
      }
    }

    input.addEventListener('change', list);
    if (input.files.length) {
      // Files chosen before this script ran (a slow connection) are listed and checked too.
      list();
    }
    zone.addEventListener('dragover', function (e) {
      e.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('dragging');
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('dragging');
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        list();
      }
    });

    form.addEventListener('submit', function (e) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      e.preventDefault();
      var message = problem();
      if (message) {
        list();
        input.focus();
        return;
      }
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      box.hidden = false;
      bar.value = 0;
      status.textContent = form.dataset.progress.replace('{0}', '0');
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable) {
          var percent = Math.floor(p.loaded * 100 / p.total);
          bar.value = percent;
          status.textContent = form.dataset.progress.replace('{0}', String(percent));
        }
      });
      request.addEventListener('load', function () {
        if (request.status < 400 && request.responseURL && request.responseURL.indexOf('/files/upload') < 0) {
          status.textContent = form.dataset.done;
          window.location.assign(request.responseURL);
          return;
        }
        // The server refused the files: show its page, with its messages next to the fields.
        var page = new DOMParser().parseFromString(request.responseText, 'text/html');
        var fresh = page.getElementById('content');
        var current = document.getElementById('content');
        if (fresh && current) {
          current.replaceWith(fresh);
          var again = fresh.querySelector('form[data-upload]');
          if (again) {
            init(again);
            var invalid = again.querySelector('[aria-invalid=true], .alert');
            if (invalid) {
              invalid.setAttribute('tabindex', '-1');
              invalid.focus();
            }
          }
        } else {
          status.textContent = form.dataset.failed;
          button.disabled = false;
        }
      });
      request.addEventListener('error', function () {
        status.textContent = form.dataset.failed;
        button.disabled = false;
      });
      request.send(new FormData(form));
    });
  }

  document.querySelectorAll('form[data-upload]').forEach(init);
})();
