/*
 * Stripe's Payment Element on the portal's Billing page, for practices on Stripe: the card is
 * typed into Stripe's own frame, Stripe.js turns it into a PaymentMethod, and only its id goes to
 * Foyer, which charges it under the attempt's key, or keeps it with a SetupIntent when the client
 * saves the card (Stripe's "finalize on the server" flows). When the card's bank asks for a check, the page comes back with the PaymentIntent's
 * client secret; Stripe.js runs the check and the page goes on to ask Foyer how it ended.
 */
(function () {
  'use strict';

  function show(boxId, problem) {
    var box = document.getElementById(boxId);
    if (box) {
      box.textContent = problem;
    }
  }

  function cents(typed, fallback) {
    var value = Number(String(typed || '').replace(/[^0-9.]/g, ''));
    return value > 0 ? Math.round(value * 100) : fallback;
  }

  function nextAction(stripe, holder) {
    stripe.handleNextAction({ clientSecret: holder.dataset.clientSecret }).then(function (result) {
      if (result.error) {
        show('stripe-errors', result.error.message);
      }
      window.location.assign(holder.dataset.returnAddress);
    });
  }

  /*
   * A Payment Element whose card Stripe.js turns into a PaymentMethod when the form's button is
   * pressed; its id goes into the form's hidden token field and the form is sent. For paying, the
   * element follows the amount typed; for saving a card, it is in setup mode.
   */
  function cardElement(stripe, holder, parts) {
    var fallback = Number(holder.dataset.amountCents) || 100;
    var amount = parts.amountId && document.getElementById(parts.amountId);
    var options = parts.setup
      ? { mode: 'setup', currency: holder.dataset.currency, paymentMethodCreation: 'manual' }
      : {
        mode: 'payment',
        amount: cents(amount && amount.value, fallback),
        currency: holder.dataset.currency,
        paymentMethodCreation: 'manual'
      };
    var elements = stripe.elements(options);
    elements.create('payment').mount('#' + parts.mountId);
    if (amount) {
      amount.addEventListener('change', function () {
        elements.update({ amount: cents(amount.value, fallback) });
      });
    }
    var token = document.getElementById(parts.tokenId);
    var button = document.getElementById(parts.buttonId);
    var sending = false;
    button.addEventListener('click', function (event) {
      if (token.value) {
        return;
      }
      event.preventDefault();
      if (sending) {
        return;
      }
      sending = true;
      show(parts.errorsId, '');
      elements.submit().then(function (checked) {
        if (checked.error) {
          throw checked.error;
        }
        return stripe.createPaymentMethod({ elements: elements });
      }).then(function (made) {
        if (made.error) {
          throw made.error;
        }
        token.value = made.paymentMethod.id;
        button.click();
      }).catch(function (error) {
        sending = false;
        show(parts.errorsId, error.message || 'The card could not be read; please try again.');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var next = document.getElementById('stripe-next-action');
    var paying = document.getElementById('stripe-payment');
    var saving = document.getElementById('stripe-save-card');
    var found = next || paying || saving;
    if (!found || typeof window.Stripe !== 'function') {
      return;
    }
    var stripe = window.Stripe(found.dataset.publishableKey);
    if (next) {
      nextAction(stripe, next);
      return;
    }
    if (paying) {
      cardElement(stripe, paying, {
        mountId: 'payment-element', tokenId: 'cardToken', buttonId: 'pay-stripe',
        errorsId: 'stripe-errors', amountId: 'amount'
      });
    }
    if (saving) {
      cardElement(stripe, saving, {
        mountId: 'save-card-element', tokenId: 'saveToken', buttonId: 'save-card-stripe',
        errorsId: 'stripe-save-errors', setup: true
      });
    }
  });
}());
