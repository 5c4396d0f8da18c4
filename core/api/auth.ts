import { z } from 'zod';
import { LOCALES } from '../i18n/index';
import { nameSchema } from './text';

const COMMON_PASSWORDS = new Set([
  'password123',
  'wachtwoord1',
  'wachtwoord123',
  '1234567890',
  'qwertyuiop',
  'welkom1234',
  'welcome123',
  'iloveyou12',
  'password1!',
  'letmein123',
]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): 'weak_password' | 'password_too_common' | null {
  if (password.length < 10 || password.length > 128) return 'weak_password';
  if (!/\p{L}/u.test(password) || !/[\d\p{P}\p{S}]/u.test(password)) return 'weak_password';
  if (new Set(password).size < 4) return 'weak_password';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'password_too_common';
  return null;
}

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
export const displayNameSchema = nameSchema(80);
export const localeSchema = z.enum(LOCALES);

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
  callbackURL: z.string().max(500).optional(),
  rememberMe: z.boolean().optional(),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
  callbackURL: z.string().max(500).optional(),
  rememberMe: z.boolean().optional(),
});

export const forgotPasswordSchema = z.object({
  email: emailSchema,
  redirectTo: z.string().max(500).optional(),
});

export const resetPasswordSchema = z.object({
  newPassword: passwordSchema,
  token: z.string().min(1).max(500),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
  revokeOtherSessions: z.boolean().optional(),
});

export const updateUserSchema = z.object({
  name: displayNameSchema.optional(),
  locale: localeSchema.optional(),
});

export const deleteUserSchema = z.object({
  password: z.string().min(1).max(128),
  callbackURL: z.string().max(500).optional(),
});

/** The signed-in user as the web app sees it. */
export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  locale: localeSchema,
});
export type Me = z.infer<typeof meSchema>;
