import type { ConfigData } from 'html-validate';

/**
 * html-validate settings for the built pages: the recommended rules, with these changes.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows any id without white space; ours are Chinese headings and 发文字号
    // (e.g. id="粤经信园区〔2012〕68号"), which the strict form (ASCII letters only) rejects.
    'valid-id': ['error', { relaxed: true }],
  },
};
