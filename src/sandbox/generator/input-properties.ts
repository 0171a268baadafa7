/**
 * The app's input properties (group `customer_health_inputs`): the sandbox
 * plays a portal where the app is installed and a product-analytics / billing
 * sync fills them, so it defines exactly the ones `che provision` creates —
 * one definition, in src/hubspot/properties/inputs.ts.
 */
export {
  COMPANY_INPUT_PROPERTIES, CONTACT_INPUT_PROPERTIES, INPUT_PROPERTIES, INPUT_PROPERTY_GROUP, TICKET_INPUT_PROPERTIES,
  type InputPropertyDefinition,
} from '../../hubspot/properties/inputs';
