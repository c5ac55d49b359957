/** Demo mode: fills an empty database with a realistic coworking business, the same every time. */
package app.nook.demo;
