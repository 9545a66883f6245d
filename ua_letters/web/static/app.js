/* Progressive enhancement for the letter form: the preview follows what you type.
   Without this file the form still works: "Show the preview" posts it and the page
   comes back with the preview. Requests are debounced and a newer one cancels an
   older one. The form data is sent by POST, never in the URL. */
(function () {
  "use strict";
  var form = document.getElementById("letter-form");
  var letters = document.getElementById("letters");
  var status = document.getElementById("preview-status");
  if (!form || !letters || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute("data-preview");
  var fields = ["language", "name", "address", "email", "gender"];
  var timer = null;
  var controller = null;

  function showErrors(errors) {
    fields.forEach(function (name) {
      var box = document.getElementById(name + "-error");
      var input = form.elements.namedItem(name);
      var message = errors[name] || "";
      if (box) {
        box.textContent = message;
      }
      if (input) {
        if (message) {
          input.setAttribute("aria-invalid", "true");
        } else {
          input.removeAttribute("aria-invalid");
        }
      }
    });
  }

  function refresh() {
    if (controller) {
      controller.abort();
    }
    controller = window.AbortController ? new AbortController() : null;
    fetch(url, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (response.status !== 200 && response.status !== 422) {
        throw new Error("preview failed: " + response.status);
      }
      return response.json();
    }).then(function (data) {
      letters.innerHTML = data.html;
      showErrors(data.errors || {});
      status.textContent = "";
      form.setAttribute("data-previewed", String(Date.now()));
    }).catch(function (error) {
      if (error && error.name === "AbortError") {
        return;
      }
      status.textContent = status.getAttribute("data-failed");
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
  document.documentElement.classList.add("js");
})();
