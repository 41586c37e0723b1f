import type { Localized } from './terms';

/** How the portals confirm a new request: the words of an announcement, and the labels beside its number. */

/**
 * Words of a notification that announces a new request ("Support request has been created: request 2610…",
 * the V4 blade's "New Support Request" toast). Matched as whole words anywhere in the notification.
 */
export const ANNOUNCEMENT_TERMS: Localized = {
  en: ['Support request has been created', 'New support request', 'Successfully created support request', 'Support request created', 'Service request created', 'Created support request'],
  es: [
    'Se ha creado la solicitud de soporte',
    'Se creó la solicitud de soporte',
    'Nueva solicitud de soporte',
    'Solicitud de soporte creada',
    'Solicitud de soporte técnico creada',
    'Solicitud de servicio creada',
  ],
  pt: ['A solicitação de suporte foi criada', 'Nova solicitação de suporte', 'Solicitação de suporte criada'],
};

/** Labels next to the human support request number shown after creation. */
export const SUPPORT_NUMBER_LABELS: Localized = {
  en: ['Support request number', 'Support request ID', 'Service request number', 'Service request ID', 'Request number', 'Request ID', 'Ticket number'],
  es: [
    'Número de solicitud de soporte',
    'Número de solicitud de soporte técnico',
    'Id. de solicitud de soporte',
    'Número de solicitud de servicio',
    'Id. de solicitud de servicio',
    'Número de solicitud',
    'Id. de solicitud',
  ],
  pt: ['Número da solicitação de suporte', 'Número da solicitação de serviço', 'ID da solicitação de serviço', 'Número da solicitação'],
};
