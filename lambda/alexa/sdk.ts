/**
 * The ask-sdk-core functions the skill calls, imported from the package in this one module. The
 * package is CommonJS, and the bundler gives every module that imports its values a copy of its
 * hundred-odd exports, each a getter: one copy instead of nine is a measurable part of a cold start.
 * Types come straight from 'ask-sdk-core' (they cost nothing at run time).
 */
export { SkillBuilders, getIntentName, getLocale, getRequestType, getSlot } from 'ask-sdk-core';
